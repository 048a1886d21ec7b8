export type Span = { start: number; end: number };
export type Segment = { text: string; marked: boolean; start: number };

/**
 * Cuts text into plain and marked pieces from offsets into the original string. Overlapping and
 * out-of-range spans are merged and clamped, so a stale flag can never throw or duplicate text.
 */
export function segments(text: string, spans: readonly Span[]): Segment[] {
  const sorted = spans
    .map((s) => ({ start: Math.max(0, Math.min(s.start, text.length)), end: Math.max(0, Math.min(s.end, text.length)) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  const out: Segment[] = [];
  let at = 0;
  for (const s of merged) {
    if (s.start > at) out.push({ text: text.slice(at, s.start), marked: false, start: at });
    out.push({ text: text.slice(s.start, s.end), marked: true, start: s.start });
    at = s.end;
  }
  if (at < text.length || out.length === 0) out.push({ text: text.slice(at), marked: false, start: at });
  return out;
}
