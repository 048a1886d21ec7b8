import { useLocalStorage } from '@mantine/hooks';
import { useQueries, useQuery } from '@tanstack/react-query';
import { useCallback, useMemo } from 'react';
import { reviewQueries } from '@/api/queries/review';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { isEditorInChief, type ArticleListQuery } from '@/domain';
import { useIdle } from '../when-idle';
import { candidates, cutoffFor, notificationsFrom, type AppNotification, type Audience } from './derive-notifications';

export const notificationsSeenKey = (userId: string) => `newsroom.notifications.seen.${userId}`;
const MAX_CANDIDATES = 20;

/**
 * Polled news for the signed-in person, derived from the article list (what changed) and each changed
 * article's history (who did what). A history is read once per change of its article. The first poll
 * waits for the page's first idle moment: its requests (up to 21) must not queue before the page's own.
 */
export function useAppNotifications() {
  const api = useApi();
  const user = useCurrentUser();
  const audience: Audience = isEditorInChief(user) ? 'reviewer' : 'author';
  const query: ArticleListQuery =
    audience === 'reviewer'
      ? { page: 1, pageSize: 50, sort: 'updatedAt:desc', status: ['in_review'] }
      : { page: 1, pageSize: 50, sort: 'updatedAt:desc', authorId: user.id };
  const idle = useIdle({ timeout: 2000, fallback: 500 });
  const feed = useQuery({ ...reviewQueries.notificationFeed(api, query, user.id), enabled: idle && (audience === 'reviewer' || user.roles.includes('reporter')) });
  const [lastSeen, setLastSeen] = useLocalStorage<string | null>({ key: notificationsSeenKey(user.id), defaultValue: null, getInitialValueInEffect: false });

  const items = useMemo(() => feed.data?.items ?? [], [feed.data]);
  const cutoff = cutoffFor(lastSeen, items);
  const changed = candidates(audience, items, cutoff).slice(0, MAX_CANDIDATES);
  const histories = useQueries({ queries: changed.map((a) => reviewQueries.historyAt(api, a)) });

  const list: AppNotification[] = changed
    .flatMap((a, i) => notificationsFrom(audience, a, histories[i]?.data ?? [], cutoff, user.id))
    .sort((x, y) => Date.parse(y.at) - Date.parse(x.at));

  const newest = list[0]?.at;
  const markSeen = useCallback(() => {
    if (newest && (!lastSeen || Date.parse(newest) > Date.parse(lastSeen))) setLastSeen(newest);
  }, [newest, lastSeen, setLastSeen]);

  return { audience, notifications: list, markSeen };
}
