import { Button, Group, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconTrash } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useTranslation } from '@/i18n';
import { articleMutations, type RemoveResult } from '@/api/queries';
import { useApi } from '@/api/react';
import type { ArticleSummary } from '@/domain';
import { DeleteConfirmModal } from './delete-confirm-modal';

type Props = {
  selected: ArticleSummary[];
  onClear: () => void;
  onDeleted: (results: RemoveResult[], articles: ArticleSummary[]) => void;
};

/** Actions on the checked rows; only rows the user may act on can be checked in the first place. */
export function BulkBar({ selected, onClear, onDeleted }: Props) {
  const { t } = useTranslation('articles');
  const api = useApi();
  const [confirming, confirm] = useDisclosure(false);
  const remove = useMutation(articleMutations.removeMany(api));

  if (selected.length === 0) return null;

  const run = () =>
    remove.mutate(
      selected.map((a) => ({ id: a.id, version: a.version })),
      {
        onSuccess: (results) => {
          confirm.close();
          onDeleted(results, selected);
        },
      },
    );

  return (
    <Paper withBorder p="xs" radius="md" bg="var(--mantine-color-blue-light)">
      <Group justify="space-between">
        <Text size="sm" fw={500}>
          {t('bulk.selected', { count: selected.length })}
        </Text>
        <Group gap="xs">
          <Button variant="subtle" size="xs" onClick={onClear}>
            {t('bulk.clear')}
          </Button>
          <Button color="red" size="xs" leftSection={<IconTrash size={16} />} onClick={confirm.open}>
            {t('bulk.delete', { count: selected.length })}
          </Button>
        </Group>
      </Group>
      <DeleteConfirmModal
        opened={confirming}
        count={selected.length}
        titles={selected.map((a) => a.title || t('table.untitled'))}
        pending={remove.isPending}
        onCancel={confirm.close}
        onConfirm={run}
      />
    </Paper>
  );
}
