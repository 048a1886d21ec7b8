import { queryOptions } from '@tanstack/react-query';
import type { NewsroomApi } from '../port';

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
};

export const userQueries = {
  list: (api: NewsroomApi) =>
    queryOptions({
      queryKey: userKeys.lists(),
      queryFn: () => api.users.list(),
      // The newsroom's staff list rarely changes during a working session.
      staleTime: 5 * 60_000,
    }),
};
