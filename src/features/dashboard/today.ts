import { vietnamParts, vietnamWallTimeToIso } from '@/domain';

/** Midnight today in Vietnam, as an instant: "today" in the newsroom whatever the machine's zone. */
export function startOfVietnamDay(now: number = Date.now()): number {
  const p = vietnamParts(now);
  const pad = (n: number) => String(n).padStart(2, '0');
  return Date.parse(vietnamWallTimeToIso(`${p.year}-${pad(p.month)}-${pad(p.day)}T00:00`));
}
