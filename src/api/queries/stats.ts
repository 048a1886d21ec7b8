import { queryOptions } from '@tanstack/react-query';
import type { NewsroomApi } from '../port';
import { articleKeys } from './articles';
import { commentKeys } from './comments';

/**
 * The dashboards' figures. Their keys sit under the article and comment families, so whatever
 * invalidates those (a transition, a moderation) refreshes the figures too.
 */
export const statsKeys = {
  articles: (days: number) => [...articleKeys.all, 'stats', { days }] as const,
  commentTrends: (hours: number, limit: number) => [...commentKeys.all, 'trending', { hours, limit }] as const,
};

/** Both need the capability; callers check `api.capabilities` first (the query throws without it). */
export const statsQueries = {
  articles: (api: NewsroomApi, days: number) =>
    queryOptions({
      queryKey: statsKeys.articles(days),
      queryFn: ({ signal }) => {
        if (!api.articles.stats) throw new Error(`${api.name} does not provide article statistics`);
        return api.articles.stats({ days }, signal);
      },
    }),
  commentTrends: (api: NewsroomApi, hours: number, limit: number) =>
    queryOptions({
      queryKey: statsKeys.commentTrends(hours, limit),
      queryFn: ({ signal }) => {
        if (!api.comments.trending) throw new Error(`${api.name} does not provide comment trends`);
        return api.comments.trending({ hours, limit }, signal);
      },
    }),
};
