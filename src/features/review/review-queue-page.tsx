import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { articleQueries } from '@/api/queries';
import { reviewQueueQuery } from '@/api/queries/review';
import { useApi } from '@/api/react';
import { PageHeader } from '@/components/page-header';
import { QueryError } from '@/components/query-error';
import { QueueTable } from './queue-table';

/** `/review`: what waits for the editor-in-chief, the longest-waiting first. */
export function ReviewQueuePage() {
  const { t } = useTranslation('review');
  const api = useApi();
  const queue = useQuery({ ...articleQueries.list(api, reviewQueueQuery), refetchInterval: 30_000 });

  return (
    <>
      <PageHeader
        title={t('queue.title')}
        description={t('queue.description')}
        actions={queue.data && <Badge size="lg" variant="light" style={{ textTransform: 'none' }}>{t('queue.count', { count: queue.data.total })}</Badge>}
      />
      {queue.isError ? (
        <QueryError error={queue.error} onRetry={() => void queue.refetch()} retrying={queue.isFetching} />
      ) : (
        <QueueTable items={queue.data?.items} />
      )}
    </>
  );
}
