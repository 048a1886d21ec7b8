import type { Comment } from '@/domain';
import { clock } from '../clock';
import { nextId, type Db, type StoredComment } from '../db';
import { validation } from '../errors';
import { flagComment, isBlocked } from '../flags';
import { fnv1a } from '../prng';
import { audit, recount, SYSTEM, withTitle } from './comments';
import { isBanned } from './moderation';

export type ReaderComment = { articleId: string; parentId?: string | null; authorName: string; email?: string; ip?: string; body: string };

/**
 * A reader posts on the portal: a banned commenter or a `block` rule rejects it at once, anything
 * else waits in the pending queue. The demo uses it to make comments arrive while someone moderates.
 */
export function receiveComment(db: Db, input: ReaderComment): Comment {
  const article = db.articles.find((a) => a.id === input.articleId && a.status === 'published');
  if (!article) throw validation({ articleId: 'unknown' });
  if (input.parentId && !db.comments.some((c) => c.id === input.parentId && c.articleId === article.id)) {
    throw validation({ parentId: 'unknown' });
  }
  const ipHash = fnv1a(input.ip ?? input.email ?? input.authorName);
  const flags = flagComment(input.body, db.rules);
  const banned = isBanned(db, input.email, ipHash);
  const blocked = isBlocked(flags);
  const comment: StoredComment = {
    id: nextId(db, 'c'),
    articleId: article.id,
    parentId: input.parentId ?? null,
    authorName: input.authorName,
    email: input.email,
    ipHash,
    body: input.body,
    createdAt: clock.nowIso(),
    status: banned || blocked ? 'rejected' : 'pending',
    reports: 0,
    staffReply: false,
    flags,
    version: banned || blocked ? 1 : 0,
    moderatedBy: banned || blocked ? 'system' : null,
    moderatedAt: banned || blocked ? clock.nowIso() : null,
  };
  db.comments.push(comment);
  if (banned || blocked) audit(db, SYSTEM, 'reject', comment, null, 'rejected', banned ? 'ban' : 'rule');
  recount(db, article.id);
  return withTitle(db, comment);
}
