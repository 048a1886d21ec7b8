import { Anchor, Badge, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useId, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { useBackgroundQuery } from '@/components/use-background-query';
import { QueryError } from '@/components/query-error';
import type { ArticleListQuery, ArticleSummary, ListResult } from '@/domain';
import { PanelRow } from './panel-row';

/** A row's height: one line of small text, as the loaded rows and the summary are. */
const ROW_HEIGHT = 'calc(var(--mantine-font-size-sm) * var(--mantine-line-height-sm))';

type Props = {
  title: string;
  query: ArticleListQuery;
  /** The full list behind this panel, already filtered. */
  to: string;
  empty: string;
  /** Narrows what the API returned when it has no filter for it (e.g. "published today"). */
  select?: (result: ListResult<ArticleSummary>) => ListResult<ArticleSummary>;
  /** A figure shown under the count, computed from the rows. */
  summary?: (result: ListResult<ArticleSummary>) => ReactNode;
  row?: { date?: (a: ArticleSummary) => string | null; extra?: (a: ArticleSummary) => ReactNode };
  shown?: number;
};

/** A count and the first few articles of one slice of the list, linking to the whole slice. */
export function ArticlePanel({ title, query, to, empty, select, summary, row, shown = 5 }: Props) {
  const { t, i18n } = useTranslation('dashboard');
  const api = useApi();
  const result = useBackgroundQuery({ ...articleQueries.list(api, query), select });
  const headingId = useId();
  const skeletonLines = shown + (summary ? 1 : 0);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId}>
      <Group justify="space-between" mb="xs" wrap="nowrap">
        <Title order={3} size="h5" id={headingId}>
          {title}
        </Title>
        {result.data && (
          <Badge size="lg" variant="light" aria-label={t('count', { count: result.data.total })}>
            {new Intl.NumberFormat(i18n.language).format(result.data.total)}
          </Badge>
        )}
      </Group>
      {result.isError ? (
        <QueryError error={result.error} onRetry={() => result.refetch()} retrying={result.isFetching} />
      ) : result.isPending ? (
        // As many lines as the panel will show, at a row's height: the row of panels and everything
        // under it keep their place when the figures arrive.
        <Stack gap="xs" aria-hidden>
          {Array.from({ length: skeletonLines }, (_, i) => (
            <Skeleton key={i} height={ROW_HEIGHT} width={i === skeletonLines - 1 ? '70%' : undefined} />
          ))}
        </Stack>
      ) : (
        <Stack gap="xs">
          {summary?.(result.data)}
          {result.data.items.length === 0 ? (
            <Text size="sm" c="dimmed">
              {empty}
            </Text>
          ) : (
            result.data.items.slice(0, shown).map((a) => <PanelRow key={a.id} article={a} date={row?.date?.(a)} extra={row?.extra?.(a)} />)
          )}
        </Stack>
      )}
      <Anchor component={Link} to={to} size="sm" mt="sm" display="block">
        {t('seeAll')}
      </Anchor>
    </Card>
  );
}
