import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import type { ArticleStatus } from '@/domain';
import { parseListParams, serializeListParams, type ListParams } from './list-params';

type UpdateOptions = { replace?: boolean };

/**
 * The list's filters, read from and written to the URL so a link or the back button restores them.
 * Changing anything but the page sends the reader back to page 1.
 */
export function useListParams(allowedStatuses: readonly ArticleStatus[]) {
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => parseListParams(search, allowedStatuses), [search, allowedStatuses]);

  const update = useCallback(
    (patch: Partial<ListParams>, options: UpdateOptions = {}) => {
      setSearch(
        (prev) => {
          const current = parseListParams(prev, allowedStatuses);
          const next = { ...current, ...patch };
          if (!('page' in patch)) next.page = 1;
          return serializeListParams(next);
        },
        { replace: options.replace },
      );
    },
    [setSearch, allowedStatuses],
  );

  return { params, update };
}
