// @vitest-environment node
import type { RevisionSummary } from '@/api/port';
import type { HistoryEntry } from '@/domain';
import { findBaseline, revisionAt } from '@/features/review/baseline';

const h = (id: string, action: string, from: HistoryEntry['from'], to: HistoryEntry['to'], at: string): HistoryEntry => ({
  id, articleId: 'a-1', action, from, to, by: 'u-x', at, note: '', reasonCodes: [],
});
const r = (rev: number, at: string): RevisionSummary => ({ rev, articleId: 'a-1', at, by: 'u-x', title: `t${rev}` });

describe('review baseline', () => {
  const revisions = [r(3, '2026-11-03T00:00:00Z'), r(2, '2026-11-02T00:00:00Z'), r(1, '2026-11-01T00:00:00Z')];

  it('picks the newest revision written at or before an instant', () => {
    expect(revisionAt(revisions, '2026-11-02T00:00:00Z')?.rev).toBe(2);
    expect(revisionAt(revisions, '2026-11-02T12:00:00Z')?.rev).toBe(2);
    expect(revisionAt(revisions, '2026-10-01T00:00:00Z')).toBeUndefined();
  });

  it('compares a resubmission with the previous submission', () => {
    const history = [
      h('h1', 'create', null, 'draft', '2026-10-31T00:00:00Z'),
      h('h2', 'submit', 'draft', 'in_review', '2026-11-01T01:00:00Z'),
      h('h3', 'request_changes', 'in_review', 'changes_requested', '2026-11-01T05:00:00Z'),
      h('h4', 'submit', 'changes_requested', 'in_review', '2026-11-03T01:00:00Z'),
    ];
    expect(findBaseline(history, revisions)).toEqual({ kind: 'previous_submission', at: '2026-11-01T01:00:00Z', rev: 1 });
  });

  it('compares an approved article edited back into review with the approved text', () => {
    const history = [
      h('h2', 'submit', 'draft', 'in_review', '2026-11-01T01:00:00Z'),
      h('h3', 'approve', 'in_review', 'approved', '2026-11-02T01:00:00Z'),
      h('h4', 'edit', 'approved', 'in_review', '2026-11-03T01:00:00Z'),
    ];
    expect(findBaseline(history, revisions)).toEqual({ kind: 'last_approved', at: '2026-11-02T01:00:00Z', rev: 2 });
  });

  it('says so on a first submission', () => {
    const history = [h('h1', 'create', null, 'draft', '2026-10-31T00:00:00Z'), h('h2', 'submit', 'draft', 'in_review', '2026-11-01T01:00:00Z')];
    expect(findBaseline(history, revisions)).toEqual({ kind: 'first_submission' });
  });
});
