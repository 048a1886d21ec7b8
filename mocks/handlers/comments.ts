import { http } from 'msw';
import { z } from 'zod';
import {
  bulkCommentInputSchema,
  commentActionSchema,
  commentListQuerySchema,
  commentReplyInputSchema,
} from '@/domain';
import { authed, json, pathFor, readBody } from '../http';
import { actOnComment, bulkAct, countComments, findComment, listComments, reply, requireModerator } from '../services/comments';
import type { Db } from '../db';
import { store, type TableName } from '../store';
import { parseQuery } from './query';

const actInputSchema = z.object({ action: commentActionSchema, version: z.int().check(z.nonnegative()) });

/** Beyond the contract's filters: a commenter's history by email or IP hash, and a thread's replies. */
const listQuerySchema = z.extend(commentListQuerySchema, {
  email: z.optional(z.string()),
  ipHash: z.optional(z.string()),
  parentId: z.optional(z.string()),
});

/** A decision changes comments, appends to the audit log and recounts articles (ids come from `seq`). */
const MODERATED: TableName[] = ['articles', 'seq'];

const touchedComments = (db: Db, results: { id: string; ok: boolean }[]) => {
  const ok = new Set(results.filter((r) => r.ok).map((r) => r.id));
  return db.comments.filter((c) => ok.has(c.id));
};

export function commentHandlers(baseUrl: string) {
  const p = (path: string) => pathFor(baseUrl, path);
  return [
    http.get(
      p('/comments'),
      authed(({ url, user }) => {
        requireModerator(user);
        return json(listComments(store.db, parseQuery(url, listQuerySchema)));
      }),
    ),
    http.get(
      p('/comments/counts'),
      authed(({ url, user }) => {
        requireModerator(user);
        return json(countComments(store.db, url.searchParams.get('articleId') || undefined));
      }),
    ),
    http.post(
      p('/comments/bulk'),
      authed(async ({ request, user }) => {
        requireModerator(user);
        const { items, action } = await readBody(request, bulkCommentInputSchema);
        const result = bulkAct(store.db, user, items, action);
        store.written({ comments: touchedComments(store.db, result.results), tables: MODERATED });
        return json(result);
      }),
    ),
    http.patch(
      p('/comments/:id'),
      authed(async ({ request, params, user }) => {
        requireModerator(user);
        const { action, version } = await readBody(request, actInputSchema);
        const comment = actOnComment(store.db, user, params.id, action, version);
        store.written({ comments: [findComment(store.db, comment.id)], tables: MODERATED });
        return json(comment);
      }),
    ),
    http.post(
      p('/comments/:id/replies'),
      authed(async ({ request, params, user }) => {
        requireModerator(user);
        const { body } = await readBody(request, commentReplyInputSchema);
        const comment = reply(store.db, user, params.id, body);
        store.written({ comments: [findComment(store.db, comment.id)], tables: MODERATED });
        return json(comment, 201);
      }),
    ),
  ];
}
