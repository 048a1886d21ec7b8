import { useQuery, type QueryKey, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import { useDeferredValue } from 'react';

/**
 * `useQuery` for a panel among many (the dashboard): when an answer arrives, the urgent render
 * repeats the panel as it was, and the panel with the new data renders in a background pass that
 * the browser can interrupt. Query results otherwise render synchronously, each as one task of
 * the main thread, and a dashboard receives half a dozen of them while it loads.
 */
export function useBackgroundQuery<TQueryFnData = unknown, TError = Error, TData = TQueryFnData, TQueryKey extends QueryKey = QueryKey>(
  options: UseQueryOptions<TQueryFnData, TError, TData, TQueryKey>,
): UseQueryResult<TData, TError> {
  return useDeferredValue(useQuery(options));
}
