import { queryOptions } from '@tanstack/react-query';
import type { Article, ArticleListQuery } from '@/domain';
import type { NewsroomApi } from '../port';
import { articleKeys, articleQueries } from './articles';

/** The review queue: everything waiting, the longest-waiting (earliest submitted) first. */
export const reviewQueueQuery: ArticleListQuery = { page: 1, pageSize: 100, sort: 'submittedAt:asc', status: ['in_review'] };

/**
 * The list API has no date filter, so the calendar reads wide pages of the two statuses it shows and
 * places them by `scheduledAt` / `publishedAt`; a newsroom schedules far fewer than this a month.
 */
export const calendarQueries = {
  scheduled: { page: 1, pageSize: 100, sort: 'updatedAt:desc', status: ['scheduled'] } satisfies ArticleListQuery,
  published: { page: 1, pageSize: 100, sort: 'updatedAt:desc', status: ['published'] } satisfies ArticleListQuery,
};

/** How often in-app notifications look for news. */
export const NOTIFICATION_POLL_MS = 30_000;

export const reviewKeys = {
  notifications: (userId: string) => [...articleKeys.lists(), 'notifications', userId] as const,
};

export const reviewQueries = {
  /** Polled: the articles whose changes a person hears about (their own, or everything waiting for review). */
  notificationFeed: (api: NewsroomApi, query: ArticleListQuery, userId: string) =>
    queryOptions({
      queryKey: [...reviewKeys.notifications(userId), query] as const,
      queryFn: ({ signal }) => api.articles.list(query, signal),
      refetchInterval: NOTIFICATION_POLL_MS,
      staleTime: NOTIFICATION_POLL_MS / 2,
    }),
  /** The history as of one `updatedAt`: fetched once per change of the article, not on every poll. */
  historyAt: (api: NewsroomApi, article: Pick<Article, 'id' | 'updatedAt'>) =>
    queryOptions({ ...articleQueries.history(api, article), staleTime: Infinity }),
};
