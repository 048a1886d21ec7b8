import { Alert, Badge, Divider, Drawer, Group, SegmentedControl, Skeleton, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { commenterFilter, moderationMutations, moderationQueries } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import { describeError } from '@/components/error-message';
import { QueryError } from '@/components/query-error';
import { commentStatuses, type Comment } from '@/domain';
import { commentStatusColors } from '../shared/comment-status-badge';
import { writeComments } from '../queue/queue-cache';
import { BanForm, type BanFormValues } from './ban-form';
import { CommenterBans } from './commenter-bans';
import { CommenterComments } from './commenter-comments';

/** Everything one reader wrote (by email or by IP), their record, and banning them. */
export function CommenterDrawer({ comment, onClose, announce }: { comment: Comment | null; onClose: () => void; announce: (text: string) => void }) {
  const { t } = useTranslation('comments');
  return (
    <Drawer opened={comment !== null} onClose={onClose} position="right" size="lg" title={t('commenter.title')}>
      {comment && <CommenterBody key={comment.id} comment={comment} announce={announce} />}
    </Drawer>
  );
}

function CommenterBody({ comment, announce }: { comment: Comment; announce: (text: string) => void }) {
  const { t, i18n } = useTranslation(['comments', 'errors']);
  const api = useApi();
  const client = useQueryClient();
  const [by, setBy] = useState<'email' | 'ip'>(comment.email ? 'email' : 'ip');
  const filter = commenterFilter(by === 'email' ? { email: comment.email } : { ipHash: comment.ipHash });
  const history = useQuery(moderationQueries.commenter(api, filter));
  const ban = useMutation(moderationMutations.ban(api));
  const canBan = Boolean(api.capabilities.commenterBans && api.moderation.ban);
  const n = new Intl.NumberFormat(i18n.language);

  const onBan = async ({ reason, days }: BanFormValues) => {
    try {
      await ban.mutateAsync({ ...filter, reason, days });
      // The server rejected their pending comments: show that in the queue without reloading it.
      const fresh = await client.fetchQuery({ ...moderationQueries.commenter(api, filter), staleTime: 0 });
      writeComments(client, new Map(fresh.items.map((c) => [c.id, c])));
      const message = t('comments:ban.done', { who: filter.email ?? filter.ipHash });
      announce(message);
      notifications.show({ color: 'teal', message });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t('comments:ban.failed'), message: describeError(t, error) });
      return false;
    }
  };

  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h4">
          {comment.authorName}
        </Title>
        <Text size="sm" c="dimmed">
          {comment.email ?? t('comments:commenter.noEmail')} · {t('comments:commenter.ip', { ip: comment.ipHash })}
        </Text>
        {comment.url && (
          <Text size="sm" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
            {comment.url}
          </Text>
        )}
      </div>
      {comment.email && (
        <SegmentedControl
          value={by}
          onChange={(v) => setBy(v as 'email' | 'ip')}
          data={[
            { value: 'email', label: t('comments:commenter.byEmail') },
            { value: 'ip', label: t('comments:commenter.byIp') },
          ]}
        />
      )}
      {history.isError ? (
        <QueryError error={history.error} onRetry={() => void history.refetch()} retrying={history.isFetching} />
      ) : history.isPending ? (
        <Skeleton height={80} />
      ) : (
        <>
          <Group gap="xs" aria-label={t('comments:commenter.counts')} role="group">
            <Text size="sm" fw={500}>
              {t('comments:commenter.total', { count: history.data.total, formatted: n.format(history.data.total) })}
            </Text>
            {commentStatuses.map((s) => (
              <Badge key={s} color={commentStatusColors[s]} variant="light" style={{ textTransform: 'none' }}>
                {t(`comments:status.${s}`)}: {n.format(history.data.counts[s])}
              </Badge>
            ))}
          </Group>
          <CommenterComments items={history.data.items} total={history.data.total} />
        </>
      )}
      <Divider />
      <Title order={3} size="h5">
        {t('comments:ban.title')}
      </Title>
      {canBan ? (
        <>
          <CommenterBans email={filter.email} ipHash={filter.ipHash} />
          <Text size="sm" c="dimmed">
            {t(filter.email ? 'comments:ban.hintEmail' : 'comments:ban.hintIp')}
          </Text>
          <BanForm onBan={onBan} busy={ban.isPending} />
        </>
      ) : (
        <Alert color="gray" variant="light">
          {t('comments:ban.unsupported')}
        </Alert>
      )}
    </Stack>
  );
}
