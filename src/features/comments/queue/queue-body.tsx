import { Alert, Skeleton, Stack, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from '@/i18n';
import type { QueueFilter } from '@/api/queries/moderation';
import { QueryError } from '@/components/query-error';
import { NewCommentsBanner } from './new-comments-banner';
import { QueueWorkspace, type QueueWorkspaceProps } from './queue-workspace';
import { useCommentQueue } from './use-comment-queue';
import { useModeration } from './use-moderation';

/** What the workspace takes, less what this body loads itself. */
export type QueueBodyProps = Omit<QueueWorkspaceProps, 'items' | 'queue' | 'moderation'> & { filter: QueueFilter };

/**
 * The loaded queue and the decisions on it. Apart from the tabs and filters, so a decision (which
 * rewrites the cached queue) re-renders the list and not the controls around it.
 */
export const QueueBody = memo(function QueueBody({ filter, announcer, notes, ...props }: QueueBodyProps) {
  const { t } = useTranslation('comments');
  const queue = useCommentQueue(filter);
  const moderation = useModeration(announcer, notes, queue.lookup);
  const items = queue.items;

  return (
    <>
      <NewCommentsBanner count={queue.newCount} capped={queue.newCapped} loading={queue.reloading} onShow={queue.reload} />
      {queue.query.isError ? (
        <QueryError error={queue.query.error} onRetry={() => void queue.query.refetch()} retrying={queue.query.isFetching} />
      ) : queue.query.isPending ? (
        <Stack gap="xs" role="progressbar" aria-busy="true" aria-label={t('list.loading')}>
          {[0, 1, 2, 3].map((i) => (
            <Skeleton key={i} height={140} radius="sm" />
          ))}
        </Stack>
      ) : items.length === 0 ? (
        <Text c="dimmed" ta="center" py="xl">
          {filter.q || filter.articleId ? t('list.noMatch') : t('list.empty')}
        </Text>
      ) : (
        <>
          {queue.total > items.length && (
            <Alert color="gray" variant="light" p="xs">
              {t('list.partial', { shown: items.length, total: queue.total })}
            </Alert>
          )}
          <QueueWorkspace items={items} queue={filter.queue} moderation={moderation} announcer={announcer} notes={notes} {...props} />
        </>
      )}
    </>
  );
});
