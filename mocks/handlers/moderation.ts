import { http } from 'msw';
import { z } from 'zod';
import { auditQuerySchema, moderationRuleSchema } from '@/domain';
import { authed, json, noContent, pathFor, readBody } from '../http';
import { requireModerator } from '../services/comments';
import { ban, saveRules, unban } from '../services/moderation';
import { store } from '../store';
import { parseQuery } from './query';

const banInputSchema = z.object({
  email: z.optional(z.string().check(z.trim(), z.minLength(1))),
  ipHash: z.optional(z.string().check(z.trim(), z.minLength(1))),
  reason: z.string().check(z.trim(), z.minLength(1, { message: 'required' }), z.maxLength(500, { message: 'too_long' })),
  days: z.optional(z.nullable(z.int().check(z.positive()))),
});

export function moderationHandlers(baseUrl: string) {
  const p = (path: string) => pathFor(baseUrl, path);
  return [
    http.get(
      p('/moderation/rules'),
      authed(({ user }) => {
        requireModerator(user);
        return json(store.db.rules);
      }),
    ),
    http.put(
      p('/moderation/rules'),
      authed(async ({ request, user }) => {
        requireModerator(user);
        const rules = saveRules(store.db, await readBody(request, z.array(moderationRuleSchema)));
        store.written();
        return json(rules);
      }),
    ),
    http.get(
      p('/moderation/audit'),
      authed(({ url, user }) => {
        requireModerator(user);
        const q = parseQuery(url, auditQuerySchema, ['action']);
        const rows = store.db.audit
          .filter((e) => (!q.action || q.action.includes(e.action)) && (!q.by || e.by === q.by))
          .filter((e) => (!q.commentId || e.commentId === q.commentId) && (!q.articleId || e.articleId === q.articleId))
          .sort((a, b) => b.at.localeCompare(a.at) || b.id.localeCompare(a.id, undefined, { numeric: true }));
        const start = (q.page - 1) * q.pageSize;
        return json({ items: rows.slice(start, start + q.pageSize), total: rows.length });
      }),
    ),
    http.get(
      p('/moderation/bans'),
      authed(({ user }) => {
        requireModerator(user);
        return json(store.db.bans);
      }),
    ),
    http.post(
      p('/moderation/bans'),
      authed(async ({ request, user }) => {
        requireModerator(user);
        const created = ban(store.db, user, await readBody(request, banInputSchema));
        store.written();
        return json(created, 201);
      }),
    ),
    http.delete(
      p('/moderation/bans/:id'),
      authed(({ params, user }) => {
        requireModerator(user);
        unban(store.db, user, params.id);
        store.written();
        return noContent();
      }),
    ),
  ];
}
