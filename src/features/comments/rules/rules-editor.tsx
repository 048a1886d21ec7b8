import { ActionIcon, Alert, Badge, Button, Group, Skeleton, Stack, Table, Text, TextInput, VisuallyHidden } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconPencil, IconPlus, IconSearch, IconTrash } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { commentQueries } from '@/api/queries';
import { moderationMutations } from '@/api/queries/moderation';
import { useApi } from '@/api/react';
import { ConfirmDialog } from '@/components/confirm-dialog';
import { describeError } from '@/components/error-message';
import { QueryError } from '@/components/query-error';
import { fold, type ModerationRule } from '@/domain';
import { RuleModal } from './rule-modal';

const sameTerm = (a: string, b: string) => a.trim().toLocaleLowerCase('vi').normalize('NFC') === b.trim().toLocaleLowerCase('vi').normalize('NFC');

/** The word list: each word or phrase with its severity; editing one shows what it would catch. */
export function RulesEditor() {
  const { t } = useTranslation(['comments', 'errors']);
  const api = useApi();
  const rules = useQuery(commentQueries.rules(api));
  const save = useMutation(moderationMutations.saveRules(api));
  const [editing, setEditing] = useState<{ rule: ModerationRule; isNew: boolean } | null>(null);
  const [filter, setFilter] = useState('');
  const [deleting, setDeleting] = useState<ModerationRule | null>(null);

  if (!api.capabilities.moderationRules) return <Alert color="gray">{t('comments:rules.unsupported')}</Alert>;
  if (rules.isError) return <QueryError error={rules.error} onRetry={() => void rules.refetch()} retrying={rules.isFetching} />;
  if (!rules.data) return <Skeleton height={240} />;
  const list = rules.data;

  const persist = async (next: ModerationRule[], done: string) => {
    try {
      await save.mutateAsync(next);
      notifications.show({ color: 'teal', message: done });
      return true;
    } catch (error) {
      notifications.show({ color: 'red', title: t('comments:rules.saveFailed'), message: describeError(t, error) });
      return false;
    }
  };

  const onSave = async (rule: ModerationRule) => {
    const exists = list.some((r) => r.id === rule.id);
    const next = exists ? list.map((r) => (r.id === rule.id ? rule : r)) : [...list, rule];
    if (await persist(next, t('comments:rules.saved', { term: rule.term }))) setEditing(null);
  };

  const onDelete = (rule: ModerationRule) => setDeleting(rule);
  const deleteNow = (rule: ModerationRule) => void persist(list.filter((r) => r.id !== rule.id), t('comments:rules.deleted', { term: rule.term }));

  const needle = fold(filter.trim());
  const shown = needle ? list.filter((r) => fold(r.term).includes(needle)) : list;

  return (
    <Stack gap="sm">
      <Group justify="space-between" align="flex-end">
        <TextInput
          label={t('comments:rules.filter')}
          leftSection={<IconSearch size={16} aria-hidden />}
          value={filter}
          onChange={(e) => setFilter(e.currentTarget.value)}
          style={{ flex: '0 1 320px' }}
        />
        <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setEditing({ rule: { id: `rule-${crypto.randomUUID()}`, term: '', severity: 'suspect' }, isNew: true })}>
          {t('comments:rules.add')}
        </Button>
      </Group>
      <Text size="sm" c="dimmed">
        {t('comments:rules.count', { count: list.length })}
      </Text>
      <Table.ScrollContainer minWidth={480}>
        <Table striped aria-label={t('comments:rules.label')}>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('comments:rules.term')}</Table.Th>
              <Table.Th>{t('comments:rules.severity')}</Table.Th>
              <Table.Th w={100}>
                <VisuallyHidden>{t('comments:rules.actions')}</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>{r.term}</Table.Td>
                <Table.Td>
                  <Badge color={r.severity === 'block' ? 'red' : 'orange'} variant="light" style={{ textTransform: 'none' }}>
                    {t(`comments:severity.${r.severity}`)}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon variant="subtle" aria-label={t('comments:rules.editLabel', { term: r.term })} onClick={() => setEditing({ rule: r, isNew: false })}>
                      <IconPencil size={16} aria-hidden />
                    </ActionIcon>
                    <ActionIcon variant="subtle" color="red" aria-label={t('comments:rules.deleteLabel', { term: r.term })} onClick={() => onDelete(r)}>
                      <IconTrash size={16} aria-hidden />
                    </ActionIcon>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <RuleModal
        rule={editing?.rule ?? null}
        isNew={editing?.isNew ?? false}
        duplicateOf={(term, id) => list.find((r) => r.id !== id && sameTerm(r.term, term))}
        saving={save.isPending}
        onSave={(rule) => void onSave(rule)}
        onClose={() => setEditing(null)}
      />
      <ConfirmDialog
        opened={deleting !== null}
        title={t('comments:rules.deleteTitle')}
        confirmLabel={t('comments:rules.delete')}
        cancelLabel={t('comments:rules.cancel')}
        danger
        onConfirm={() => deleting && deleteNow(deleting)}
        onCancel={() => setDeleting(null)}
      >
        {t('comments:rules.deleteBody', { term: deleting?.term ?? '' })}
      </ConfirmDialog>
    </Stack>
  );
}
