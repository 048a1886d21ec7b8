import { Alert, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useEffect, useId, useState } from 'react';
import { useTranslation } from '@/i18n';
import { statsQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { useBackgroundQuery } from '@/components/use-background-query';
import { QueryError } from '@/components/query-error';
import { StatusBadge } from '@/components/status-badge';
import type { ArticleStatus } from '@/domain';
import { chartHeight } from './status-chart-size';
import { StatusTable } from './status-table';

export const STATS_DAYS = 30;

// The chart's code loads beside the figures (the panel starts both), not on the dashboard's first load.
const loadChart = () => import('./status-chart');
const StatusChart = lazy(() => loadChart().then((m) => ({ default: m.StatusChart })));

/** Articles entering each status per day over the last 30 days, and how many hold each status now. */
export function StatusHistoryPanel({ statuses }: { statuses: readonly ArticleStatus[] }) {
  const { t, i18n } = useTranslation('dashboard');
  const api = useApi();
  const supported = Boolean(api.capabilities.articleStats && api.articles.stats);
  const stats = useBackgroundQuery({ ...statsQueries.articles(api, STATS_DAYS), enabled: supported });
  const headingId = useId();
  const descriptionId = useId();
  const currentId = useId();
  const tableId = useId();
  // The day-by-day table is ~300 elements: drawn when asked for, not on every visit to the dashboard.
  const [tableOpen, setTableOpen] = useState(false);
  const number = new Intl.NumberFormat(i18n.language);
  useEffect(() => {
    if (!supported) return;
    // In a task of its own: adding the chunk's preload links and stylesheet is not nothing, and
    // the dashboard's first render is long enough.
    const timer = setTimeout(() => void loadChart());
    return () => clearTimeout(timer);
  }, [supported]);

  return (
    <Card withBorder radius="md" padding="md" component="section" aria-labelledby={headingId} aria-describedby={descriptionId}>
      <Title order={3} size="h5" id={headingId}>
        {t('stats.title', { days: STATS_DAYS })}
      </Title>
      <Text size="sm" c="dimmed" id={descriptionId} mb="sm">
        {t('stats.definition')}
      </Text>
      {!supported ? (
        <Alert color="gray">{t('stats.unsupported')}</Alert>
      ) : stats.isError ? (
        <QueryError error={stats.error} onRetry={() => stats.refetch()} retrying={stats.isFetching} />
      ) : stats.isPending ? (
        // The loaded panel's rows, each held at its height, so nothing below it moves when it fills in.
        <Stack gap="sm" aria-hidden>
          <Group gap="xs">
            <Text size="sm" fw={500}>
              {t('stats.current')}
            </Text>
            <Skeleton height={20} width={320} />
          </Group>
          <Skeleton height={chartHeight(statuses.length)} />
          <Skeleton height={26} width={180} />
        </Stack>
      ) : (
        <Stack gap="sm">
          <Group gap="xs">
            <Text size="sm" fw={500} id={currentId}>
              {t('stats.current')}
            </Text>
            <Group component="ul" gap="sm" m={0} p={0} aria-labelledby={currentId} style={{ listStyle: 'none' }}>
              {statuses.map((s) => (
                <Group key={s} component="li" gap={4} wrap="nowrap">
                  <StatusBadge status={s} />
                  <Text size="sm">{number.format(stats.data.current[s])}</Text>
                </Group>
              ))}
            </Group>
          </Group>
          <Suspense fallback={<Skeleton height={chartHeight(statuses.length)} />}>
            <StatusChart stats={stats.data} statuses={statuses} />
          </Suspense>
          <Button
            variant="subtle"
            size="compact-sm"
            style={{ alignSelf: 'flex-start' }}
            aria-expanded={tableOpen}
            aria-controls={tableOpen ? tableId : undefined}
            onClick={() => setTableOpen((open) => !open)}
          >
            {t(tableOpen ? 'stats.hideTable' : 'stats.showTable')}
          </Button>
          {tableOpen && <StatusTable id={tableId} stats={stats.data} statuses={statuses} />}
        </Stack>
      )}
    </Card>
  );
}
