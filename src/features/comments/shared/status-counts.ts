import type { Comment, CommentStatus } from '@/domain';

export function statusCounts(comments: readonly Pick<Comment, 'status'>[]): Record<CommentStatus, number> {
  const counts: Record<CommentStatus, number> = { pending: 0, approved: 0, rejected: 0, spam: 0 };
  for (const c of comments) counts[c.status] += 1;
  return counts;
}
