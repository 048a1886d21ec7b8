import { use } from 'react';
import type { Location } from 'react-router';
import { usePageLoading } from './page-loads';
import { NextLocationContext } from './routing-context';

/**
 * Where the app is going while the next page's code downloads, else null. A navigation to a page
 * already here renders at once and does not count.
 */
export function usePendingNavigation(): Location | null {
  const next = use(NextLocationContext);
  const loading = usePageLoading();
  return loading ? next : null;
}
