import { Anchor, Card, Group, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { commentQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { useBackgroundQuery } from '@/components/use-background-query';
import { formatDuration } from '@/components/format-relative';
import { useNow } from '@/components/use-now';
import { QueryError } from '@/components/query-error';
import { CommentTrendsPanel } from './comment-trends-panel';

/** The comment queue at a glance: how much waits and for how long, and where readers are flocking. */
export function ModeratorSection() {
  const { t, i18n } = useTranslation('dashboard');
  const now = useNow();
  const api = useApi();
  const counts = useBackgroundQuery(commentQueries.counts(api));
  const oldest = useBackgroundQuery(commentQueries.list(api, { page: 1, pageSize: 1, queue: 'pending', sort: 'createdAt:asc' }));
  const number = new Intl.NumberFormat(i18n.language);
  const oldestPending = oldest.data?.items[0];

  return (
    <Stack gap="md">
      <Card withBorder radius="md" padding="md" component="section" aria-labelledby="dashboard-comments" maw={720}>
        <Title order={3} size="h5" id="dashboard-comments" mb="sm">
          {t('moderator.title')}
        </Title>
        {counts.isError ? (
          <QueryError error={counts.error} onRetry={() => counts.refetch()} retrying={counts.isFetching} />
        ) : counts.isPending ? (
          <Skeleton height={60} />
        ) : (
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
            <Stack gap={0}>
              <Text fz={32} fw={700} lh={1.2} aria-describedby="dashboard-pending-label">
                {number.format(counts.data.pending ?? 0)}
              </Text>
              <Text size="sm" c="dimmed" id="dashboard-pending-label">
                {t('moderator.pending')}
              </Text>
              {oldestPending && (
                <Text size="xs" c="dimmed">
                  {t('moderator.oldestWait', { duration: formatDuration(now - Date.parse(oldestPending.createdAt), i18n.language) })}
                </Text>
              )}
            </Stack>
            <Stack gap={0}>
              <Text fz={32} fw={700} lh={1.2}>
                {number.format(counts.data.reported ?? 0)}
              </Text>
              <Text size="sm" c="dimmed">
                {t('moderator.reported')}
              </Text>
            </Stack>
          </SimpleGrid>
        )}
        <Group mt="sm">
          <Anchor component={Link} to="/comments" size="sm">
            {t('moderator.open')}
          </Anchor>
        </Group>
      </Card>
      <CommentTrendsPanel />
    </Stack>
  );
}
