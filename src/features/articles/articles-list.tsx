import { Button, Stack } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useDeferredValue, useEffect, useMemo, useState } from 'react';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { AfterFirstPaint } from '@/components/after-first-paint';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { articleQueries, taxonomyQueries, userQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { isReporter, type ArticleSummary } from '@/domain';
import { ArticlesTable } from './articles-table';
import { BulkBar } from './bulk-bar';
import { BulkResultAlert, type BulkOutcome } from './bulk-result-alert';
import { canDelete } from './can-delete';
import { ListEmpty } from './list-empty';
import { ListFilters } from './list-filters';
import { ListFooter } from './list-footer';
import { DEFAULT_PARAMS, toListQuery } from './list-params';
import { ListSkeleton } from './list-skeleton';
import { useListParams } from './use-list-params';

// One empty list for "not loaded yet", so the memoised filters see the same props until it has.
const NONE: never[] = [];

export function ArticlesList({ scope }: { scope: 'all' | 'mine' }) {
  const { t } = useTranslation('articles');
  const api = useApi();
  const user = useCurrentUser();
  const { params, update } = useListParams(api.capabilities.statuses);
  const query = useMemo(() => toListQuery(params, scope === 'mine' ? user.id : undefined), [params, scope, user.id]);

  const list = useQuery(articleQueries.list(api, query));
  // The rows render in the background, in slices the browser can interrupt: a page of rows is the
  // heaviest render of the list, and as one task it held the main thread for 100-200 ms.
  const rows = useDeferredValue(list.data);
  const categories = useQuery(taxonomyQueries.categories(api));
  const users = useQuery(userQueries.list(api));

  const [selected, setSelected] = useState<Map<string, ArticleSummary>>(new Map());
  const [outcome, setOutcome] = useState<BulkOutcome | null>(null);
  const queryKey = JSON.stringify(query);
  // A selection belongs to the rows on screen; another page or filter starts afresh.
  useEffect(() => setSelected(new Map()), [queryKey]);

  // Deleting the last rows of the last page would leave the reader on an empty page. The server's
  // latest answer decides, not the rows still on screen.
  const total = rows?.total ?? 0;
  const lastPage = Math.max(1, Math.ceil((list.data?.total ?? 0) / params.pageSize));
  useEffect(() => {
    if (list.isSuccess && !list.isPlaceholderData && params.page > lastPage) update({ page: lastPage }, { replace: true });
  }, [list.isSuccess, list.isPlaceholderData, params.page, lastPage, update]);

  const categoryById = new Map((categories.data ?? []).map((c) => [c.id, c.name]));
  const userById = new Map((users.data ?? []).map((u) => [u.id, u.name]));
  const filtered = Boolean(params.q || params.status.length || params.category || (scope === 'all' && params.author));

  const onSelect = (ids: string[], on: boolean) =>
    setSelected((prev) => {
      const next = new Map(prev);
      for (const id of ids) {
        const article = rows?.items.find((a) => a.id === id);
        if (on && article) next.set(id, article);
        else next.delete(id);
      }
      return next;
    });

  return (
    <Stack gap="md">
      <PageHeader
        title={t(scope === 'mine' ? 'list.myTitle' : 'list.title')}
        actions={
          isReporter(user) && (
            <Button component={Link} to="/articles/new" leftSection={<IconPlus size={18} aria-hidden />}>
              {t('list.new')}
            </Button>
          )
        }
      />
      {/* Below the heading, the page renders in a second, interruptible pass with a commit of its
          own: the filters' selects and the table are most of the page's first render. */}
      <AfterFirstPaint>
        <ListFilters
          params={params}
          onChange={update}
          allowedStatuses={api.capabilities.statuses}
          categories={categories.data ?? NONE}
          users={users.data ?? NONE}
          showAuthor={scope === 'all'}
        />
        {outcome && <BulkResultAlert outcome={outcome} onClose={() => setOutcome(null)} />}
        <BulkBar
          selected={[...selected.values()]}
          onClear={() => setSelected(new Map())}
          onDeleted={(results, articles) => {
            const titleOf = new Map(articles.map((a) => [a.id, a.title || t('table.untitled')]));
            setSelected(new Map());
            setOutcome({
              done: results.filter((r) => r.ok).length,
              failed: results.filter((r) => !r.ok).map((r) => ({ title: titleOf.get(r.id) ?? r.id, error: r.error })),
            });
          }}
        />
        {list.isError && !list.data ? (
          <QueryError error={list.error} onRetry={() => list.refetch()} retrying={list.isFetching} />
        ) : !rows ? (
          <ListSkeleton />
        ) : rows.items.length === 0 ? (
          <ListEmpty filtered={filtered} canWrite={isReporter(user)} onReset={() => update({ ...DEFAULT_PARAMS, pageSize: params.pageSize })} />
        ) : (
          <ArticlesTable
            items={rows.items}
            categoryName={(id) => categoryById.get(id) ?? ''}
            authorName={(a) => userById.get(a.authorId) ?? a.byline}
            dateField={params.sort.startsWith('created') ? 'createdAt' : 'updatedAt'}
            selected={new Set(selected.keys())}
            isSelectable={(a) => canDelete(user, a)}
            onSelect={onSelect}
            stale={list.isPlaceholderData || rows !== list.data}
          />
        )}
        {list.isError && list.data && <QueryError error={list.error} onRetry={() => list.refetch()} retrying={list.isFetching} />}
        {rows && total > 0 && (
          <ListFooter
            total={total}
            page={params.page}
            pageSize={params.pageSize}
            onPage={(page) => update({ page })}
            onPageSize={(pageSize) => update({ pageSize })}
          />
        )}
      </AfterFirstPaint>
    </Stack>
  );
}
