import type { RevisionSummary } from '@/api/port';
import type { HistoryEntry } from '@/domain';

export type Baseline =
  | { kind: 'previous_submission' | 'last_approved'; at: string; rev: number }
  | { kind: 'first_submission' }
  /** A step is known but no revision was stored at or before it. */
  | { kind: 'missing'; at: string };

const byTime = (a: { at: string }, b: { at: string }) => Date.parse(a.at) - Date.parse(b.at);

/** The revision that was current at an instant: the newest one written at or before it. */
export function revisionAt(revisions: readonly RevisionSummary[], at: string): RevisionSummary | undefined {
  const t = Date.parse(at);
  return [...revisions].sort(byTime).filter((r) => Date.parse(r.at) <= t).pop();
}

/**
 * What the reviewer compares the text under review with: the text as it stood at the step before
 * the latest entry into review — the previous submission, or the last approval when an approved
 * article was edited back into review. None on a first submission.
 */
export function findBaseline(history: readonly HistoryEntry[], revisions: readonly RevisionSummary[]): Baseline {
  const entries = [...history].sort(byTime);
  const lastEntry = entries.map((h, i) => ({ h, i })).filter(({ h }) => h.to === 'in_review').pop();
  const before = lastEntry ? entries.slice(0, lastEntry.i) : entries;
  const step = before.filter((h) => h.action === 'submit' || h.action === 'approve').pop();
  if (!step) return { kind: 'first_submission' };
  const rev = revisionAt(revisions, step.at);
  if (!rev) return { kind: 'missing', at: step.at };
  return { kind: step.action === 'submit' ? 'previous_submission' : 'last_approved', at: step.at, rev: rev.rev };
}
