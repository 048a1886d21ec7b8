// @vitest-environment node
import type { Comment } from '@/domain';
import { actionBackTo, predict, predictUndo, replaceIn, shiftCounts } from '@/features/comments/queue/queue-cache';
import { segments } from '@/features/comments/shared/segments';
import { threadLines } from '@/features/comments/thread/thread-tree';

const comment = (over: Partial<Comment>): Comment => ({
  id: 'c', articleId: 'a', parentId: null, authorName: 'A', ipHash: 'h', body: '', createdAt: '2026-01-01T00:00:00Z', status: 'pending',
  reports: 0, staffReply: false, flags: [], version: 0, moderatedBy: null, moderatedAt: null, ...over,
});

describe('segments', () => {
  it('marks spans by offsets into the original text, merging overlaps and clamping', () => {
    expect(segments('đồ ngu ngốc', [{ start: 3, end: 6 }])).toEqual([
      { text: 'đồ ', marked: false, start: 0 },
      { text: 'ngu', marked: true, start: 3 },
      { text: ' ngốc', marked: false, start: 6 },
    ]);
    expect(segments('abcdef', [{ start: 1, end: 3 }, { start: 2, end: 4 }, { start: 5, end: 99 }]).map((s) => [s.text, s.marked])).toEqual([
      ['a', false], ['bcd', true], ['e', false], ['f', true],
    ]);
    expect(segments('', [])).toEqual([{ text: '', marked: false, start: 0 }]);
  });
});

describe('queue cache edits', () => {
  it('predicts a decision; approving answers the reports', () => {
    const c = comment({ reports: 3 });
    expect(predict(c, 'approved', 'Hà')).toMatchObject({ status: 'approved', reports: 0, moderatedBy: 'Hà' });
    expect(predict(c, 'rejected', 'Hà').reports).toBe(3);
    expect(actionBackTo).toEqual({ pending: 'restore', approved: 'approve', rejected: 'reject', spam: 'spam' });
  });

  it('replaces by id keeping untouched items, and only where allowed', () => {
    const a = comment({ id: 'a' });
    const b = comment({ id: 'b' });
    const data = { items: [a, b], total: 2 };
    const b2 = { ...b, status: 'spam' as const };
    const next = replaceIn(data, new Map([['b', b2]]))!;
    expect(next.items[0]).toBe(a);
    expect(next.items[1]).toBe(b2);
    expect(replaceIn(data, new Map([['b', b2]]), () => false)).toBe(data);
  });

  it('moves a reader’s counts by status with the comments that changed status', () => {
    const a = comment({ id: 'a', status: 'pending' });
    const history = { items: [a], total: 1200, counts: { pending: 1, approved: 900, rejected: 0, spam: 299 } };
    const next = replaceIn(history, new Map([['a', { ...a, status: 'spam' as const, version: 1 }]]))!;
    expect(next.counts).toEqual({ pending: 0, approved: 900, rejected: 0, spam: 300 });
    expect(next.total).toBe(1200);
    expect(replaceIn(next, new Map([['a', { ...next.items[0]!, version: 2 }]]))!.counts).toBe(next.counts);
  });

  it('predicts an undo with the reports the decision answered', () => {
    const was = comment({ status: 'pending', reports: 3 });
    const approved = predict(was, 'approved', 'x');
    expect(approved.reports).toBe(0);
    expect(predictUndo(approved, was, 'x')).toMatchObject({ status: 'pending', reports: 3 });
  });

  it('moves counts between queues, reported included', () => {
    const before = comment({ reports: 2 });
    const after = predict(before, 'approved', 'x');
    expect(shiftCounts({ pending: 5, reported: 2, approved: 1, rejected: 0, spam: 0 }, [{ before, after }])).toEqual({
      pending: 4, reported: 1, approved: 2, rejected: 0, spam: 0,
    });
  });
});

describe('threadLines', () => {
  it('lists ancestors, the comment, then replies depth-first', () => {
    const root = comment({ id: 'r', createdAt: '2026-01-01T00:00:00Z' });
    const focus = comment({ id: 'f', parentId: 'r', createdAt: '2026-01-01T01:00:00Z' });
    const late = comment({ id: 'l', parentId: 'f', createdAt: '2026-01-01T03:00:00Z' });
    const early = comment({ id: 'e', parentId: 'f', createdAt: '2026-01-01T02:00:00Z' });
    const deep = comment({ id: 'd', parentId: 'e', createdAt: '2026-01-01T04:00:00Z' });
    const lines = threadLines([late, deep, root, focus, early], focus);
    expect(lines.map((l) => [l.comment.id, l.depth, l.role])).toEqual([
      ['r', 0, 'parent'], ['f', 1, 'focus'], ['e', 2, 'reply'], ['d', 3, 'reply'], ['l', 2, 'reply'],
    ]);
  });
});
