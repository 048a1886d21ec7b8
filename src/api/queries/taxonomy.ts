import { queryOptions } from '@tanstack/react-query';
import type { NewsroomApi } from '../port';

export const taxonomyKeys = {
  all: ['taxonomy'] as const,
  categories: () => [...taxonomyKeys.all, 'categories'] as const,
  tags: (q = '') => [...taxonomyKeys.all, 'tags', q] as const,
};

// Categories change a few times a year; refetching them on every page would only add noise.
const FIVE_MINUTES = 5 * 60_000;

export const taxonomyQueries = {
  categories: (api: NewsroomApi) =>
    queryOptions({
      queryKey: taxonomyKeys.categories(),
      queryFn: () => api.taxonomy.categories(),
      staleTime: FIVE_MINUTES,
    }),
  tags: (api: NewsroomApi, q = '') =>
    queryOptions({
      queryKey: taxonomyKeys.tags(q),
      queryFn: () => api.taxonomy.tags(q || undefined),
      staleTime: FIVE_MINUTES,
    }),
};
