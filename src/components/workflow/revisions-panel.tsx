import { Alert, Button, Group, Radio, Skeleton, Stack, Table, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { IconRestore } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { articleQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { useCurrentUser } from '@/api/session';
import { QueryError } from '@/components/query-error';
import { canEdit, formatDateTimeVN, type Article } from '@/domain';
import { describeRefusal } from './refusal';
import { RestoreConfirm } from './restore-confirm';
import { RevisionCompare } from './revision-compare';
import { useRestoreRevision } from './use-restore-revision';
import { useUserNames } from './use-user-names';

/** Every stored revision: pick any two to compare; restore an old one (as a new revision). */
export function RevisionsPanel({ article }: { article: Article }) {
  const { t } = useTranslation(['review', 'articles', 'errors']);
  const api = useApi();
  const user = useCurrentUser();
  const nameOf = useUserNames();
  const revisions = useQuery({ ...articleQueries.revisions(api, article), enabled: api.capabilities.revisions });
  const [picked, setPicked] = useState<{ from?: number; to?: number }>({});
  const [restoring, setRestoring] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const { restore, pending } = useRestoreRevision(article);

  if (!api.capabilities.revisions) return <Text c="dimmed">{t('revisions.unsupported')}</Text>;
  if (revisions.isPending) return <Skeleton h={120} role="progressbar" aria-label={t('revisions.loading')} />;
  if (revisions.isError) return <QueryError error={revisions.error} onRetry={() => void revisions.refetch()} retrying={revisions.isFetching} />;
  const list = revisions.data;
  if (list.length === 0) return <Text c="dimmed">{t('revisions.empty')}</Text>;

  // Newest first from the server; by default the latest change is what is compared.
  const from = picked.from ?? list[1]?.rev ?? list[0].rev;
  const to = picked.to ?? list[0].rev;
  const mayRestore = canEdit(user, article);

  const confirmRestore = async () => {
    if (restoring === null) return;
    setError(null);
    try {
      await restore(restoring);
      notifications.show({ color: 'teal', message: t('revisions.restored', { rev: restoring }) });
    } catch (e) {
      setError(describeRefusal(t, e).message);
    } finally {
      setRestoring(null);
    }
  };

  return (
    <Stack gap="md">
      {error && (
        <Alert color="red" variant="light" role="alert" withCloseButton onClose={() => setError(null)}>
          {error}
        </Alert>
      )}
      <Table.ScrollContainer minWidth={560}>
        <Table verticalSpacing={6} highlightOnHover aria-label={t('revisions.title')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th w={56}>{t('revisions.from')}</Table.Th>
              <Table.Th w={56}>{t('revisions.to')}</Table.Th>
              <Table.Th>{t('revisions.revision')}</Table.Th>
              <Table.Th>{t('revisions.by')}</Table.Th>
              <Table.Th>{t('revisions.headline')}</Table.Th>
              {mayRestore && <Table.Th />}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {list.map((r, i) => (
              <Table.Tr key={r.rev}>
                <Table.Td>
                  <Radio name="rev-from" checked={from === r.rev} onChange={() => setPicked({ from: r.rev, to })} aria-label={t('revisions.pickFrom', { rev: r.rev })} />
                </Table.Td>
                <Table.Td>
                  <Radio name="rev-to" checked={to === r.rev} onChange={() => setPicked({ from, to: r.rev })} aria-label={t('revisions.pickTo', { rev: r.rev })} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm" fw={600}>
                    {t('revisions.rev', { rev: r.rev })}
                  </Text>
                  <Text size="xs" c="dimmed">
                    {formatDateTimeVN(r.at)}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{nameOf(r.by)}</Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2}>
                    {r.title || t('articles:table.untitled')}
                  </Text>
                </Table.Td>
                {mayRestore && (
                  <Table.Td>
                    {i > 0 && (
                      <Button size="xs" variant="subtle" leftSection={<IconRestore size={14} aria-hidden />} onClick={() => setRestoring(r.rev)} aria-label={t('revisions.restoreRev', { rev: r.rev })}>
                        {t('revisions.restore')}
                      </Button>
                    )}
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Group gap="xs">
        <Text fw={600} size="sm">
          {t('revisions.comparing', { from: Math.min(from, to), to: Math.max(from, to) })}
        </Text>
      </Group>
      {from === to ? <Text c="dimmed">{t('revisions.pickTwo')}</Text> : <RevisionCompare articleId={article.id} from={from} to={to} />}
      <RestoreConfirm rev={restoring} pending={pending} onCancel={() => setRestoring(null)} onConfirm={() => void confirmRestore()} when={restoring !== null ? formatDateTimeVN(list.find((r) => r.rev === restoring)?.at ?? '') : ''} />
    </Stack>
  );
}
