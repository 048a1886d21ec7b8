import { isApiError } from '@/api/errors';
import type { ArticleLock } from '@/api/port';

/** A 423 from `lock()`: someone else holds the article; the server says who. */
export function lockHolder(error: unknown): ArticleLock | null | undefined {
  if (!isApiError(error) || (error.status !== 423 && error.code !== 'locked')) return undefined;
  const c = error.current as Partial<ArticleLock> | undefined;
  return c && typeof c.userName === 'string' && typeof c.userId === 'string' ? (c as ArticleLock) : null;
}

// Lock calls for one article go out one after another, so a quick release-then-take (a remount)
// can never reach the server in the opposite order. A call still pending after a few seconds (one
// waiting for the person to sign in again) stops holding the others back.
const queues = new Map<string, Promise<unknown>>();
const MAX_WAIT_MS = 3_000;
export function serialized<T>(articleId: string, op: () => Promise<T>): Promise<T> {
  const previous = (queues.get(articleId) ?? Promise.resolve()).catch(() => undefined);
  const waited = Promise.race([previous, new Promise((resolve) => setTimeout(resolve, MAX_WAIT_MS))]);
  const next = waited.then(op);
  queues.set(articleId, next);
  return next;
}
