import { useCallback, useMemo, useRef } from 'react';
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
  // react-router's functional update sees the URL of the last render, not of the last update: two
  // changes before a re-render (a status pick, then the debounced search) would drop the first.
  // Chain updates through a ref instead.
  const latest = useRef(search);
  const rendered = useRef(search);
  if (rendered.current !== search) {
    rendered.current = search;
    latest.current = search;
  }

  const update = useCallback(
    (patch: Partial<ListParams>, options: UpdateOptions = {}) => {
      const next = { ...parseListParams(latest.current, allowedStatuses), ...patch };
      if (!('page' in patch)) next.page = 1;
      const serialized = serializeListParams(next);
      latest.current = new URLSearchParams(serialized);
      setSearch(serialized, { replace: options.replace });
    },
    [setSearch, allowedStatuses],
  );

  return { params, update };
}
