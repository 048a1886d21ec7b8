import type { QueryClient } from '@tanstack/react-query';
import { commentKeys } from '@/api/queries';
import { moderationQueryKeys } from '@/api/queries/moderation';
import {
  commentActionTarget,
  type Comment,
  type CommentAction,
  type CommentCounts,
  type CommenterHistory,
  type CommentQueue,
  type CommentStatus,
  type CommentStatusCounts,
  type ListResult,
} from '@/domain';

/** Pure edits of the cached queue and counts, shared by the optimistic path and its rollback. */

export const isReported = (c: Pick<Comment, 'reports' | 'status'>) => c.reports > 0 && (c.status === 'pending' || c.status === 'approved');

/** Undo puts a comment back where it was: the action whose target is the earlier status. */
export const actionBackTo: Record<CommentStatus, CommentAction> = {
  pending: 'restore',
  approved: 'approve',
  rejected: 'reject',
  spam: 'spam',
};

/** The decision changes nothing: already in that status (approving a reported comment still answers its reports). */
export const isNoop = (c: Pick<Comment, 'status' | 'reports'>, action: CommentAction) =>
  c.status === commentActionTarget[action] && !(action === 'approve' && c.reports > 0);

/** What the comment will look like once the server agrees; approving answers its reports. */
export function predict(comment: Comment, status: CommentStatus, by: string): Comment {
  return { ...comment, status, reports: status === 'approved' ? 0 : comment.reports, moderatedBy: by };
}

/** What an undo will look like: back to the earlier status, with what the decision cleared (its reports), as the server does. */
export function predictUndo(comment: Comment, was: Comment, by: string): Comment {
  return { ...predict(comment, was.status, by), reports: was.reports };
}

/** Positions by id per cached list; a list made by `replaceIn` keeps its order, so it inherits them. */
const positions = new WeakMap<readonly Comment[], Map<string, number>>();
function positionsOf(items: readonly Comment[]) {
  let map = positions.get(items);
  if (!map) positions.set(items, (map = new Map(items.map((c, i) => [c.id, i]))));
  return map;
}

/** A cached list; a reader's history also carries their counts by status. */
type CachedList = ListResult<Comment> & { counts?: CommentStatusCounts };

/**
 * Replaces comments by id; the array is copied once, untouched rows keep their identity (memoised
 * rows skip). A reader's counts follow the comments that changed status.
 */
export function replaceIn<T extends CachedList>(data: T | undefined, next: ReadonlyMap<string, Comment>, only?: (cur: Comment) => boolean): T | undefined {
  if (!data || next.size === 0) return data;
  const at = positionsOf(data.items);
  let items: Comment[] | null = null;
  let counts = data.counts;
  for (const [id, comment] of next) {
    const i = at.get(id);
    if (i === undefined) continue;
    const cur = data.items[i]!;
    if (cur === comment || (only && !only(cur))) continue;
    items ??= data.items.slice();
    items[i] = comment;
    if (counts && cur.status !== comment.status) {
      counts = { ...counts, [cur.status]: Math.max(0, counts[cur.status] - 1), [comment.status]: counts[comment.status] + 1 };
    }
  }
  if (!items) return data;
  positions.set(items, at);
  return { ...data, items, ...(counts ? { counts } : {}) };
}

/** Writes comments into every cached list that holds them: queues, readers' histories, threads. */
export function writeComments(client: QueryClient, comments: ReadonlyMap<string, Comment>, only?: (cur: Comment) => boolean) {
  const edit = (data: ListResult<Comment> | undefined) => replaceIn(data, comments, only);
  client.setQueriesData<ListResult<Comment>>({ queryKey: moderationQueryKeys.queues() }, edit);
  client.setQueriesData<CommenterHistory>({ queryKey: moderationQueryKeys.commenters() }, (data) => replaceIn(data, comments, only));
  client.setQueriesData<ListResult<Comment>>({ queryKey: moderationQueryKeys.threads() }, edit);
}

function queuesOf(c: Pick<Comment, 'reports' | 'status'>): CommentQueue[] {
  return isReported(c) ? [c.status, 'reported'] : [c.status];
}

/** The counts after comments moved from `before` to `after`. */
export function shiftCounts(counts: CommentCounts | undefined, moves: readonly { before: Comment; after: Comment }[]) {
  if (!counts) return counts;
  const next = { ...counts };
  for (const { before, after } of moves) {
    for (const q of queuesOf(before)) next[q] = Math.max(0, (next[q] ?? 0) - 1);
    for (const q of queuesOf(after)) next[q] = (next[q] ?? 0) + 1;
  }
  return next;
}

/** Adjusts the newsroom's counts and each cached article's by the moves that concern it. */
export function adjustCounts(client: QueryClient, moves: readonly { before: Comment; after: Comment }[]) {
  if (moves.length === 0) return;
  for (const [key] of client.getQueriesData<CommentCounts>({ queryKey: commentKeys.counts() })) {
    const articleId = (key[2] as { articleId?: string | null } | undefined)?.articleId;
    const relevant = articleId ? moves.filter((m) => m.before.articleId === articleId) : moves;
    if (relevant.length) client.setQueryData<CommentCounts>(key, (counts) => shiftCounts(counts, relevant));
  }
}
