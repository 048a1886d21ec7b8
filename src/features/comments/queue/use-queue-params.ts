import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { commentQueueSchema, type CommentQueue } from '@/domain';
import type { QueueFilter } from '@/api/queries/moderation';

/** The queue, article and search live in the URL, so a link or the back button restores them. */
export function useQueueParams() {
  const [search, setSearch] = useSearchParams();
  const queue: CommentQueue = commentQueueSchema.safeParse(search.get('queue')).data ?? 'pending';
  const articleId = search.get('article') || undefined;
  const q = search.get('q') ?? '';
  const filter = useMemo<QueueFilter>(() => ({ queue, ...(articleId ? { articleId } : {}), ...(q.trim() ? { q: q.trim() } : {}) }), [queue, articleId, q]);

  const update = useCallback(
    (patch: { queue?: CommentQueue; article?: string | undefined; q?: string }) => {
      setSearch((prev) => {
        const next = new URLSearchParams(prev);
        for (const [key, value] of Object.entries(patch)) {
          if (value) next.set(key, value);
          else next.delete(key);
        }
        if (next.get('queue') === 'pending') next.delete('queue');
        return next;
      });
    },
    [setSearch],
  );
  return { filter, q, update };
}
