import type { Comment, CommentListQuery } from '@/domain';
import type { Harness } from '../adapter-contract';
import { expectApiError } from './helpers';

const query = (over: Partial<CommentListQuery> = {}): CommentListQuery => ({ page: 1, pageSize: 50, ...over });

export function commentContract(h: Harness): void {
  async function pending(count: number): Promise<Comment[]> {
    const page = await h.api.comments.list(query({ queue: 'pending', pageSize: Math.max(count, 10) }));
    expect(page.items.length).toBeGreaterThanOrEqual(count);
    return page.items.slice(0, count);
  }

  describe('comments', () => {
    it('lists a queue with its total, matching the counts', async () => {
      await h.as('moderator');
      const page = await h.api.comments.list(query({ queue: 'pending', pageSize: 10 }));
      expect(page.items.length).toBe(Math.min(10, page.total));
      for (const c of page.items) expect(c.status).toBe('pending');
      const counts = await h.api.comments.counts();
      expect(counts.pending).toBe(page.total);
      const approved = await h.api.comments.list(query({ queue: 'approved', pageSize: 1 }));
      expect(counts.approved).toBe(approved.total);
    });

    it('filters by article', async () => {
      await h.as('moderator');
      const [first] = (await h.api.comments.list(query({ pageSize: 1 }))).items;
      const mine = await h.api.comments.list(query({ articleId: first.articleId, pageSize: 100 }));
      expect(mine.total).toBeGreaterThan(0);
      for (const c of mine.items) expect(c.articleId).toBe(first.articleId);
      const counts = await h.api.comments.counts(first.articleId);
      const pendingHere = await h.api.comments.list(query({ articleId: first.articleId, queue: 'pending', pageSize: 1 }));
      expect(counts.pending).toBe(pendingHere.total);
      expect(counts.pending).toBeLessThanOrEqual((await h.api.comments.counts()).pending);
    });

    it('moderates with a version, and refuses a stale one with the current comment', async () => {
      await h.as('moderator');
      const [comment] = await pending(1);
      const approved = await h.api.comments.act(comment.id, 'approve', comment.version);
      expect(approved).toMatchObject({ id: comment.id, status: 'approved' });
      const error = await expectApiError(h.api.comments.act(comment.id, 'spam', comment.version), 'conflict');
      expect(error.current as Comment).toMatchObject({ id: comment.id, status: 'approved' });
    });

    it('refuses moderation to a reporter → forbidden', async () => {
      await h.as('moderator');
      const [comment] = await pending(1);
      await h.as('reporter');
      await expectApiError(h.api.comments.act(comment.id, 'approve', comment.version), 'forbidden');
    });

    it('applies one action to many comments with a result per comment', async () => {
      await h.as('moderator');
      const comments = await pending(2);
      const ids = comments.map((c) => c.id);
      const { results } = await h.api.comments.bulk([...comments, { id: `missing-${h.unique()}`, version: 0 }], 'reject');
      expect(results).toHaveLength(3);
      for (const id of ids) expect(results.find((r) => r.id === id)).toMatchObject({ ok: true, comment: { status: 'rejected' } });
      expect(results.find((r) => !ids.includes(r.id))).toMatchObject({ ok: false, error: { code: expect.any(String) } });
    });

    it('refuses a stale item of a bulk action with the current comment, and acts on the others', async () => {
      await h.as('moderator');
      const [decided, fresh] = await pending(2);
      await h.api.comments.act(decided.id, 'reject', decided.version);
      const { results } = await h.api.comments.bulk([decided, fresh], 'approve');
      expect(results.find((r) => r.id === decided.id)).toMatchObject({
        ok: false,
        error: { code: 'already_moderated' },
        comment: { id: decided.id, status: 'rejected' },
      });
      expect(results.find((r) => r.id === fresh.id)).toMatchObject({ ok: true, comment: { status: 'approved' } });
      // Still rejected on the server: the stale approval changed nothing.
      const error = await expectApiError(h.api.comments.act(decided.id, 'approve', decided.version), 'conflict');
      expect(error.current as Comment).toMatchObject({ id: decided.id, status: 'rejected' });
    });

    it('replies as the newsroom', async () => {
      await h.as('moderator');
      const [comment] = (await h.api.comments.list(query({ queue: 'approved', pageSize: 1 }))).items;
      const body = `Cảm ơn bạn đọc đã góp ý ${h.unique()}`;
      const reply = await h.api.comments.reply(comment.id, body);
      expect(reply).toMatchObject({ parentId: comment.id, articleId: comment.articleId, body, staffReply: true });
    });

    it('keeps moderation rules when the backend has them', async () => {
      if (!h.api.capabilities.moderationRules) return;
      await h.as('moderator');
      const rules = await h.api.moderation.rules();
      const term = `tukiemthu${h.unique()}`;
      const saved = await h.api.moderation.saveRules([...rules, { id: `r-${h.unique()}`, term, severity: 'suspect' }]);
      expect(saved.map((r) => r.term)).toContain(term);
      expect((await h.api.moderation.rules()).map((r) => r.term)).toContain(term);
      await h.api.moderation.saveRules(rules);
    });
  });
}
