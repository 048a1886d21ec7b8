import { queryOptions } from '@tanstack/react-query';
import type { NewsroomApi } from '../port';

export const demoKeys = {
  all: ['demo'] as const,
  accounts: () => [...demoKeys.all, 'accounts'] as const,
};

export const demoQueries = {
  /** Empty for a backend without a demo. */
  accounts: (api: NewsroomApi) =>
    queryOptions({
      queryKey: demoKeys.accounts(),
      queryFn: () => api.demo?.accounts() ?? Promise.resolve([]),
      staleTime: Infinity,
    }),
};
