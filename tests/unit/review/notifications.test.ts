// @vitest-environment node
import { candidates, cutoffFor, notificationsFrom } from '@/components/notifications/derive-notifications';
import { unreadNotes } from '@/components/workflow/use-notes-unread';
import type { ArticleSummary, HistoryEntry } from '@/domain';

const entry = (id: string, action: string, to: HistoryEntry['to'], by: string, at: string): HistoryEntry => ({
  id, articleId: 'a-1', action, from: null, to, by, at, note: '', reasonCodes: [],
});

describe('notifications', () => {
  const article = { id: 'a-1', title: 'Bài A' };

  it('tells a reporter what others did to their article after the cutoff', () => {
    const history = [
      entry('h1', 'submit', 'in_review', 'u-me', '2026-11-20T01:00:00Z'),
      entry('h2', 'request_changes', 'changes_requested', 'u-chief', '2026-11-20T02:00:00Z'),
      entry('h3', 'approve', 'approved', 'u-chief', '2026-11-19T02:00:00Z'),
    ];
    const got = notificationsFrom('author', article, history, Date.parse('2026-11-20T00:00:00Z'), 'u-me');
    expect(got.map((n) => n.kind)).toEqual(['changes_requested']);
  });

  it('tells a reporter when their article is taken down', () => {
    const history = [entry('h1', 'unpublish', 'unpublished', 'u-chief', '2026-11-20T03:00:00Z')];
    expect(notificationsFrom('author', article, history, Date.parse('2026-11-20T00:00:00Z'), 'u-me').map((n) => n.kind)).toEqual(['unpublished']);
  });

  it('tells the editor-in-chief about new submissions only', () => {
    const history = [entry('h1', 'submit', 'in_review', 'u-rep', '2026-11-20T01:00:00Z'), entry('h2', 'create', 'draft', 'u-rep', '2026-11-20T00:30:00Z')];
    expect(notificationsFrom('reviewer', article, history, 0, 'u-chief').map((n) => n.kind)).toEqual(['submitted']);
  });

  it('reads history only for articles that changed into a watched status', () => {
    const items = [
      { id: 'a', status: 'approved', updatedAt: '2026-11-20T02:00:00Z' },
      { id: 'b', status: 'draft', updatedAt: '2026-11-20T02:00:00Z' },
      { id: 'c', status: 'published', updatedAt: '2026-11-10T02:00:00Z' },
    ] as ArticleSummary[];
    expect(candidates('author', items, Date.parse('2026-11-15T00:00:00Z')).map((a) => a.id)).toEqual(['a']);
    expect(cutoffFor(null, items)).toBe(Date.parse('2026-11-13T02:00:00Z'));
    expect(cutoffFor('2026-11-19T00:00:00Z', items)).toBe(Date.parse('2026-11-19T00:00:00Z'));
  });

  it('counts notes by others after the last one read', () => {
    const notes = [
      { id: 'n-1', articleId: 'a', by: 'u-a', at: '', body: '' },
      { id: 'n-2', articleId: 'a', by: 'u-b', at: '', body: '' },
      { id: 'n-3', articleId: 'a', by: 'u-a', at: '', body: '' },
    ];
    expect(unreadNotes(notes, '', 'u-b')).toBe(2);
    expect(unreadNotes(notes, 'n-1', 'u-b')).toBe(1);
    expect(unreadNotes(notes, 'n-3', 'u-b')).toBe(0);
  });
});
