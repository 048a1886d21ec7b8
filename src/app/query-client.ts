import { QueryClient } from '@tanstack/react-query';
import { isApiError } from '@/api/errors';

const MAX_RETRIES = 3;

/** Exponential backoff, or what the server asked for (429 Retry-After). */
export function retryDelay(attempt: number, error: unknown): number {
  if (isApiError(error) && error.retryAfter !== undefined) return error.retryAfter * 1000;
  return Math.min(1000 * 2 ** attempt, 30_000);
}

/** Only failures that may pass by themselves are retried; a 4xx will answer the same again. */
export function shouldRetry(failureCount: number, error: unknown): boolean {
  return isApiError(error) && error.transient && failureCount < MAX_RETRIES;
}

export type QueryClientOptions = {
  /** Tests pass `() => 0` so transient failures are retried without waiting. */
  retryDelay?: (attempt: number, error: unknown) => number;
};

export function createQueryClient(options: QueryClientOptions = {}): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        retry: shouldRetry,
        retryDelay: options.retryDelay ?? retryDelay,
      },
      // A write is not repeated behind the person's back; the feature decides and says so.
      mutations: { retry: false },
    },
  });
}
