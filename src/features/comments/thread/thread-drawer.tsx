import { Alert, Drawer, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { moderationQueries } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import { QueryError } from '@/components/query-error';
import type { Comment } from '@/domain';
import { ReplyForm } from './reply-form';
import { ThreadComment } from './thread-comment';
import { threadLines } from './thread-tree';

/** The conversation around a comment: the article, the parents, the replies, and a newsroom reply. */
export function ThreadDrawer({ comment, onClose, onCommenter }: { comment: Comment | null; onClose: () => void; onCommenter: (c: Comment) => void }) {
  const { t } = useTranslation('comments');
  return (
    <Drawer opened={comment !== null} onClose={onClose} position="right" size="lg" title={t('thread.title')}>
      {comment && <ThreadBody comment={comment} onCommenter={onCommenter} />}
    </Drawer>
  );
}

function ThreadBody({ comment, onCommenter }: { comment: Comment; onCommenter: (c: Comment) => void }) {
  const { t } = useTranslation('comments');
  const api = useApi();
  const thread = useQuery(moderationQueries.thread(api, comment.articleId));
  const lines = threadLines(thread.data?.items ?? [], comment);

  return (
    <Stack gap="md">
      <div>
        <Text size="xs" c="dimmed">
          {t('thread.article')}
        </Text>
        <Title order={2} size="h4">
          {comment.articleTitle || comment.articleId}
        </Title>
      </div>
      {thread.isError && <QueryError error={thread.error} onRetry={() => void thread.refetch()} retrying={thread.isFetching} />}
      {thread.isPending ? (
        <Skeleton height={120} />
      ) : (
        <Stack component="ul" gap="xs" p={0} m={0} aria-label={t('thread.conversation')}>
          {lines.map((l) => (
            <ThreadComment key={l.comment.id} comment={l.comment} depth={l.depth} focus={l.role === 'focus'} onCommenter={onCommenter} />
          ))}
        </Stack>
      )}
      {lines.length === 1 && !thread.isPending && (
        <Alert variant="light" color="gray" p="xs">
          {t('thread.alone')}
        </Alert>
      )}
      <ReplyForm parent={comment} />
    </Stack>
  );
}
