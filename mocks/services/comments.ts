import {
  canModerate,
  commentActionTarget,
  scoreSearch,
  type BulkCommentItem,
  type Comment,
  type CommentAction,
  type CommentCounts,
  type CommentListQuery,
  type CommentStatus,
  type CommentStatusCounts,
  type User,
} from '@/domain';
import { clock } from '../clock';
import { nextId, type AuditAction, type Db, type StoredComment } from '../db';
import { forbidden, notFound, ServerError } from '../errors';

export function requireModerator(user: User): void {
  if (!canModerate(user)) throw forbidden('Only moderators and the editor-in-chief moderate comments.');
}

const isReported = (c: StoredComment) => c.reports > 0 && (c.status === 'pending' || c.status === 'approved');

/** The comment as the contract shows it: with its article's title, without the server's own bookkeeping. */
function toWire(comment: StoredComment, articleTitle: string): Comment {
  const { undo: _undo, ...shown } = comment;
  return { ...shown, articleTitle };
}

export function withTitle(db: Db, comment: StoredComment): Comment {
  return toWire(comment, db.articles.find((a) => a.id === comment.articleId)?.title ?? '');
}

const byCodeUnit = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export type CommentFilter = CommentListQuery & { email?: string; ipHash?: string; parentId?: string };

export function listComments(db: Db, query: CommentFilter) {
  const q = query.q?.trim() ?? '';
  const rows = db.comments.filter((c) => {
    if (query.queue === 'reported' ? !isReported(c) : query.queue && c.status !== query.queue) return false;
    if (query.articleId && c.articleId !== query.articleId) return false;
    if (query.email && c.email !== query.email) return false;
    if (query.ipHash && c.ipHash !== query.ipHash) return false;
    if (query.parentId && c.parentId !== query.parentId) return false;
    return !q || scoreSearch(q, c.body, c.authorName, c.email ?? '').matches;
  });
  // The pending queue is worked oldest first; every other view shows the newest first.
  const sort = query.sort ?? (query.queue === 'pending' ? 'createdAt:asc' : 'createdAt:desc');
  const sign = sort === 'createdAt:asc' ? 1 : -1;
  // ISO timestamps and ids order by code unit; a locale-aware compare costs ~20× more on 10,000 rows.
  rows.sort((a, b) => sign * byCodeUnit(a.createdAt, b.createdAt) || byCodeUnit(a.id, b.id));
  const start = (query.page - 1) * query.pageSize;
  const titles = new Map(db.articles.map((a) => [a.id, a.title]));
  const items = rows.slice(start, start + query.pageSize).map((c) => toWire(c, titles.get(c.articleId) ?? ''));
  // A reader's history says how many of their comments hold each status, whatever the page holds.
  const counts = query.email || query.ipHash ? { counts: countByStatus(rows) } : {};
  return { items, total: rows.length, ...counts };
}

function countByStatus(rows: readonly StoredComment[]): CommentStatusCounts {
  const counts: CommentStatusCounts = { pending: 0, approved: 0, rejected: 0, spam: 0 };
  for (const c of rows) counts[c.status] += 1;
  return counts;
}

export function countComments(db: Db, articleId?: string): CommentCounts {
  const counts: CommentCounts = { pending: 0, reported: 0, approved: 0, rejected: 0, spam: 0 };
  for (const c of db.comments) {
    if (articleId && c.articleId !== articleId) continue;
    counts[c.status] += 1;
    if (isReported(c)) counts.reported += 1;
  }
  return counts;
}

/** `Tổng lượt bình luận` is what readers see: the approved comments. */
export function recount(db: Db, articleId: string): void {
  const article = db.articles.find((a) => a.id === articleId);
  if (article) article.commentCount = db.comments.filter((c) => c.articleId === articleId && c.status === 'approved').length;
}

/** Who the log names for what the server does by itself: a `block` rule or a ban on arrival. */
export const SYSTEM = { id: 'system', name: 'system' } as const;

export function audit(db: Db, user: Pick<User, 'id' | 'name'>, action: AuditAction, comment: StoredComment | null, from: CommentStatus | null, to: CommentStatus | null, note = '') {
  db.audit.push({
    id: nextId(db, 'm'),
    at: clock.nowIso(),
    by: user.id,
    byName: user.name,
    action,
    commentId: comment?.id ?? null,
    articleId: comment?.articleId ?? null,
    from,
    to,
    note,
  });
}

function apply(db: Db, user: User, comment: StoredComment, action: CommentAction) {
  const from = comment.status;
  const to = commentActionTarget[action];
  const last = comment.undo;
  // Sending a comment straight back to where its latest decision found it (nothing written since)
  // undoes that decision: the reports it answered are open again.
  const undoing = last !== undefined && last.version === comment.version && last.status === to;
  const found = { status: from, reports: comment.reports };
  comment.status = to;
  if (undoing) comment.reports = last.reports;
  // Approving a reported comment is the moderator's answer to the reports.
  else if (action === 'approve') comment.reports = 0;
  comment.version += 1;
  comment.moderatedBy = user.name;
  comment.moderatedAt = clock.nowIso();
  comment.undo = undoing ? undefined : { ...found, version: comment.version };
  audit(db, user, action, comment, from, to, undoing ? 'undo' : '');
}

export function findComment(db: Db, id: string): StoredComment {
  const comment = db.comments.find((c) => c.id === id);
  if (!comment) throw notFound('comment');
  return comment;
}

const alreadyModerated = (comment: StoredComment) => `${comment.moderatedBy ?? 'Someone'} already moderated this comment.`;

/** A stale `version` means someone else acted first: 409 with the comment as it is now. */
export function actOnComment(db: Db, user: User, id: string, action: CommentAction, version: number): Comment {
  requireModerator(user);
  const comment = findComment(db, id);
  if (comment.version !== version) {
    throw new ServerError(409, 'already_moderated', alreadyModerated(comment), { current: withTitle(db, comment) });
  }
  apply(db, user, comment, action);
  recount(db, comment.articleId);
  return withTitle(db, comment);
}

/**
 * Per-item results: one missing or already-decided comment does not fail the others. Each item is
 * checked against its version like a single action, so a stale bulk never overwrites a decision.
 */
export function bulkAct(db: Db, user: User, items: readonly BulkCommentItem[], action: CommentAction) {
  requireModerator(user);
  const touched = new Set<string>();
  const results = items.map(({ id, version }) => {
    const comment = db.comments.find((c) => c.id === id);
    if (!comment) return { id, ok: false, error: { code: 'not_found', message: 'No such comment.' } };
    if (comment.version !== version) {
      return { id, ok: false, error: { code: 'already_moderated', message: alreadyModerated(comment) }, comment: withTitle(db, comment) };
    }
    apply(db, user, comment, action);
    touched.add(comment.articleId);
    return { id, ok: true, comment: withTitle(db, comment) };
  });
  for (const articleId of touched) recount(db, articleId);
  return { results };
}

export const STAFF_AUTHOR_NAME = 'Ban Biên tập Thanhuytphcm.vn';

/** A newsroom reply is published at once and marked as staff. */
export function reply(db: Db, user: User, parentId: string, body: string): Comment {
  requireModerator(user);
  const parent = findComment(db, parentId);
  const now = clock.nowIso();
  const comment: StoredComment = {
    id: nextId(db, 'c'),
    articleId: parent.articleId,
    parentId: parent.id,
    authorName: STAFF_AUTHOR_NAME,
    email: user.email,
    ipHash: 'staff',
    body,
    createdAt: now,
    status: 'approved',
    reports: 0,
    staffReply: true,
    flags: [],
    version: 1,
    moderatedBy: user.name,
    moderatedAt: now,
  };
  db.comments.push(comment);
  audit(db, user, 'reply', comment, null, 'approved');
  recount(db, comment.articleId);
  return withTitle(db, comment);
}
