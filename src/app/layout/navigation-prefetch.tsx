import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { matchPath } from 'react-router';
import { prefetchArticleFor } from '@/api/queries';
import { useApi } from '@/api/react';
import { usePendingNavigation } from '@/components/routing/use-pending-navigation';

/** Pages that open one article and want it as of now: its fetch starts with the navigation. */
const ARTICLE_PAGES = ['/articles/:id/edit', '/review/:id'];

/**
 * While the next page's code downloads, its article downloads beside it rather than after it (the
 * page asks only once its code has run). Only inside the signed-in frame, so never without a token.
 */
export function NavigationPrefetch() {
  const next = usePendingNavigation();
  const api = useApi();
  const client = useQueryClient();
  useEffect(() => {
    if (!next) return;
    for (const pattern of ARTICLE_PAGES) {
      const id = matchPath(pattern, next.pathname)?.params.id;
      if (id) {
        prefetchArticleFor(client, api, id, next.key);
        return;
      }
    }
  }, [next, api, client]);
  return null;
}
