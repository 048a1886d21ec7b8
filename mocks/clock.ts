/**
 * The demo server's clock. It ticks with real time plus an offset, so tests and the e2e suite can
 * move it (e.g. past a scheduled time) without faking timers in the app.
 */
let offsetMs = 0;
let frozenAt: number | null = null;

export const clock = {
  now(): Date {
    return new Date(frozenAt ?? Date.now() + offsetMs);
  },
  nowIso(): string {
    return clock.now().toISOString();
  },
  /** Make `now()` read `date` from this moment on, still ticking. `null` goes back to real time. */
  set(date: Date | string | number | null): void {
    frozenAt = null;
    offsetMs = date === null ? 0 : new Date(date).getTime() - Date.now();
  },
  /** Stop the clock at `date` (or at the current reading). */
  freeze(date?: Date | string | number): void {
    frozenAt = new Date(date ?? clock.now()).getTime();
  },
  advance(ms: number): void {
    if (frozenAt !== null) frozenAt += ms;
    else offsetMs += ms;
  },
  reset(): void {
    offsetMs = 0;
    frozenAt = null;
  },
  /** What persistence keeps: the offset (a frozen clock is stored as frozen). */
  state(): { offsetMs: number; frozenAt: number | null } {
    return { offsetMs, frozenAt };
  },
  restore(state: { offsetMs: number; frozenAt: number | null } | undefined): void {
    offsetMs = state?.offsetMs ?? 0;
    frozenAt = state?.frozenAt ?? null;
  },
};
