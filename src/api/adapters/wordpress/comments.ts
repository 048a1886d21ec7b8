import { z } from 'zod';
import { commentQueueSchema, type Comment, type CommentAction, type CommentCounts } from '@/domain';
import { ApiError, isApiError } from '../../errors';
import type { NewsroomApi } from '../../port';
import { mapBounded, wpId, type WpContext } from './context';
import { COMMENT_QUERY, toComment } from './mapper';
import { wpCommentSchema, type WpComment } from './wire';

const EDIT = { context: 'edit', _embed: 'up' };
/** Parallel requests a bulk action keeps in flight: enough to be quick, few enough to spare the site. */
export const BULK_CONCURRENCY = 4;

export function commentsApi(ctx: WpContext): NewsroomApi['comments'] {
  const { http } = ctx;
  const get = async (id: number) => (await http.json('GET', `wp/v2/comments/${id}`, wpCommentSchema, { query: EDIT })).data;
  // Any moderation request overwrites author_ip and author_user_agent with the moderator's own
  // unless they are sent back unchanged.
  const setStatus = async (c: WpComment, status: string) =>
    (await http.json('POST', `wp/v2/comments/${c.id}`, wpCommentSchema, { query: EDIT, body: { status, author_ip: c.author_ip, author_user_agent: c.author_user_agent } })).data;

  async function apply(c: WpComment, action: CommentAction): Promise<WpComment> {
    switch (action) {
      case 'approve':
        return c.status === 'approved' ? c : setStatus(c, 'approved');
      case 'spam':
        return c.status === 'spam' ? c : setStatus(c, 'spam');
      case 'reject':
        return c.status === 'trash' ? c : (await http.json('DELETE', `wp/v2/comments/${c.id}`, wpCommentSchema, { query: EDIT })).data;
      case 'restore': {
        // untrash/unspam bring back the status it had before; the newsroom's "restore" means back to the queue.
        const back = c.status === 'trash' ? await setStatus(c, 'untrash') : c.status === 'spam' ? await setStatus(c, 'unspam') : c;
        return back.status === 'hold' ? back : setStatus(back, 'hold');
      }
    }
  }

  async function act(id: string, action: CommentAction, version?: number): Promise<Comment> {
    const before = await get(wpId(id, 'comment'));
    const seen = toComment(before);
    if (version !== undefined && seen.version !== version) {
      throw new ApiError({ kind: 'conflict', status: 409, code: 'already_moderated', current: seen, message: 'Someone else has already moderated this comment.' });
    }
    return toComment(await apply(before, action));
  }

  const count = async (status: string, post?: string) =>
    (await http.json('GET', 'wp/v2/comments', z.array(z.unknown()), { query: { status, post, per_page: 1, _fields: 'id' } })).total ?? 0;

  return {
    async list(query, signal) {
      // WordPress has no reader reports.
      if (query.queue === 'reported') return { items: [], total: 0 };
      const params = {
        ...EDIT,
        status: query.queue ? COMMENT_QUERY[query.queue] : 'all',
        post: query.articleId ? wpId(query.articleId, 'article') : undefined,
        search: query.q?.trim(),
        page: query.page,
        per_page: Math.min(query.pageSize, 100),
        orderby: 'date_gmt',
        order: query.sort === 'createdAt:asc' ? 'asc' : 'desc',
      };
      try {
        const { data, total } = await http.json('GET', 'wp/v2/comments', z.array(wpCommentSchema), { query: params, signal });
        return { items: data.map(toComment), total: total ?? data.length };
      } catch (error) {
        if (isApiError(error) && error.code === 'rest_comment_invalid_page_number') return { items: [], total: await count(params.status, query.articleId) };
        throw error;
      }
    },
    act: (id, action, version) => act(id, action, version),
    async bulk(items, action) {
      // Each comment is checked against the status it was seen in, as a single action is.
      const results = await mapBounded(items, BULK_CONCURRENCY, async ({ id, version }) => {
        try {
          return { id, ok: true, comment: await act(id, action, version) };
        } catch (error) {
          const e = isApiError(error) ? error : new ApiError({ kind: 'server', message: String(error) });
          const current = e.code === 'already_moderated' ? (e.current as Comment) : undefined;
          return { id, ok: false, error: { code: e.code ?? e.kind, message: e.message }, ...(current ? { comment: current } : {}) };
        }
      });
      return { results };
    },
    async reply(id, body) {
      const parent = await get(wpId(id, 'comment'));
      const { data } = await http.json('POST', 'wp/v2/comments', wpCommentSchema, { query: EDIT, body: { post: parent.post, parent: parent.id, content: body } });
      return toComment(data);
    },
    async counts(articleId) {
      const post = articleId ? String(wpId(articleId, 'article')) : undefined;
      const queues = commentQueueSchema.options.filter((q) => q !== 'reported');
      const totals = await Promise.all(queues.map((q) => count(COMMENT_QUERY[q as Exclude<typeof q, 'reported'>], post)));
      return Object.fromEntries([['reported', 0], ...queues.map((q, i) => [q, totals[i]])]) as CommentCounts;
    },
  };
}
