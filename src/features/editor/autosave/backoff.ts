export const RETRY_BASE_MS = 2000;
export const RETRY_MAX_MS = 60_000;

/** 2 s, 4 s, 8 s … up to a minute; the server's Retry-After wins when it says more. */
export function retryDelay(attempt: number, retryAfterSeconds?: number): number {
  const backoff = Math.min(RETRY_BASE_MS * 2 ** Math.max(0, attempt - 1), RETRY_MAX_MS);
  return retryAfterSeconds && retryAfterSeconds > 0 ? Math.max(retryAfterSeconds * 1000, RETRY_BASE_MS) : backoff;
}
