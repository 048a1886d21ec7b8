import { useEffect, useState } from 'react';

/**
 * Runs `fn` once the browser has an idle moment, or after `timeout` ms at the latest; where there is
 * no `requestIdleCallback` (Safari), after `fallback` ms. Returns the cancel function.
 */
export function whenIdle(fn: () => void, { timeout = 3000, fallback = 1000 } = {}): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const timer = setTimeout(fn, fallback);
  return () => clearTimeout(timer);
}

/** False until the page has had its first idle moment after this component mounted. */
export function useIdle(options?: { timeout?: number; fallback?: number }): boolean {
  const [idle, setIdle] = useState(false);
  const { timeout, fallback } = options ?? {};
  useEffect(() => whenIdle(() => setIdle(true), { timeout, fallback }), [timeout, fallback]);
  return idle;
}
