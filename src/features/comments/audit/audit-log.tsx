import { Alert, Group, MultiSelect, Pagination, Select, Skeleton, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { moderationQueries } from '@/api/queries/moderation';
import { userQueries } from '@/api/queries';
import { useApi } from '@/api/react';
import { QueryError } from '@/components/query-error';
import { usePaginationLabels } from '@/components/use-pagination-labels';
import { auditActions, canModerate, type AuditAction } from '@/domain';
import { AuditRow } from './audit-row';

const PAGE_SIZE = 50;

/** Every moderation action, newest first: who, when, what, from → to. */
export function AuditLog() {
  const { t, i18n } = useTranslation('comments');
  const api = useApi();
  const paginationLabels = usePaginationLabels();
  const [actions, setActions] = useState<AuditAction[]>([]);
  const [by, setBy] = useState<string | null>(null);
  const [page, setPage] = useState(1);
  const users = useQuery(userQueries.list(api));
  const log = useQuery(moderationQueries.audit(api, { page, pageSize: PAGE_SIZE, action: actions.length ? actions : undefined, by: by ?? undefined }));

  if (!api.moderation.audit || !api.capabilities.moderationAudit) {
    return <Alert color="gray">{t('audit.unsupported')}</Alert>;
  }
  const moderators = (users.data ?? []).filter(canModerate).map((u) => ({ value: u.id, label: u.name }));
  const pages = Math.max(1, Math.ceil((log.data?.total ?? 0) / PAGE_SIZE));

  return (
    <Stack gap="sm">
      <Group gap="sm" align="flex-end">
        <MultiSelect
          label={t('audit.filterAction')}
          placeholder={actions.length ? undefined : t('audit.allActions')}
          data={auditActions.map((a) => ({ value: a, label: t(`audit.action.${a}`) }))}
          value={actions}
          onChange={(v) => {
            setActions(v as AuditAction[]);
            setPage(1);
          }}
          clearable
          style={{ flex: '1 1 260px' }}
        />
        <Select
          label={t('audit.filterBy')}
          placeholder={t('audit.everyone')}
          data={[{ value: 'system', label: t('audit.system') }, ...moderators]}
          value={by}
          onChange={(v) => {
            setBy(v);
            setPage(1);
          }}
          clearable
          style={{ flex: '1 1 220px' }}
        />
      </Group>
      {log.isError ? (
        <QueryError error={log.error} onRetry={() => void log.refetch()} retrying={log.isFetching} />
      ) : log.isPending ? (
        <Skeleton height={240} />
      ) : log.data.items.length === 0 ? (
        <Text c="dimmed" ta="center" py="lg">
          {t('audit.empty')}
        </Text>
      ) : (
        <Table.ScrollContainer minWidth={720}>
          <Table striped highlightOnHover aria-label={t('audit.label')}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.at')}</Table.Th>
                <Table.Th>{t('audit.by')}</Table.Th>
                <Table.Th>{t('audit.what')}</Table.Th>
                <Table.Th>{t('audit.comment')}</Table.Th>
                <Table.Th>{t('audit.change')}</Table.Th>
                <Table.Th>{t('audit.note')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {log.data.items.map((e) => (
                <AuditRow key={e.id} entry={e} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {log.data ? t('audit.total', { count: log.data.total, formatted: new Intl.NumberFormat(i18n.language).format(log.data.total) }) : null}
        </Text>
        {pages > 1 && <Pagination total={pages} value={page} onChange={setPage} size="sm" {...paginationLabels} />}
      </Group>
    </Stack>
  );
}
