import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { ARRIVALS_WINDOW, moderationQueries, moderationQueryKeys, type QueueFilter } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import type { Comment } from '@/domain';
import { POLL_MS } from './queue-tabs';

const EMPTY: Comment[] = [];

/**
 * The queue as loaded (the moderator's working set) and how many comments arrived since: the poll
 * looks at the newest comments of the same queue and counts those the working set does not hold.
 */
export function useCommentQueue(filter: QueueFilter) {
  const api = useApi();
  const client = useQueryClient();
  const query = useQuery(moderationQueries.queue(api, filter));
  const items = query.data?.items ?? EMPTY;
  const itemsRef = useRef(items);
  itemsRef.current = items;

  // Nothing new can be expected the moment the list arrives: the first poll waits one interval.
  const [polling, setPolling] = useState(false);
  const loaded = query.isSuccess;
  useEffect(() => {
    setPolling(false);
    if (!loaded) return;
    const id = window.setTimeout(() => setPolling(true), POLL_MS);
    return () => window.clearTimeout(id);
  }, [loaded, filter]);
  const arrivals = useQuery({ ...moderationQueries.arrivals(api, filter), refetchInterval: POLL_MS, enabled: polling });
  // An answer equal to the last one keeps its data object (structural sharing): the time of the
  // answer is what recounts once a reload has taken the arrivals into the working set.
  const polledAt = arrivals.dataUpdatedAt;
  const newCount = useMemo(() => {
    if (!arrivals.data || polledAt === 0) return 0;
    const known = new Set(itemsRef.current.map((c) => c.id));
    return arrivals.data.items.filter((c) => !known.has(c.id)).length;
    // Counted when a poll answers; decisions in between do not add or remove ids.
  }, [arrivals.data, polledAt]);

  const lookup = useCallback((id: string) => itemsRef.current.find((c) => c.id === id), []);

  const reload = useCallback(async () => {
    await client.refetchQueries({ queryKey: moderationQueryKeys.queue(filter), exact: true });
    await client.refetchQueries({ queryKey: moderationQueryKeys.arrivals(filter), exact: true });
  }, [client, filter]);

  return {
    query,
    items,
    total: query.data?.total ?? 0,
    newCount,
    newCapped: newCount >= ARRIVALS_WINDOW,
    lookup,
    reload,
    reloading: query.isRefetching,
  };
}
