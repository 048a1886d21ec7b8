import { Button, Group, Modal, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';

type Props = { rev: number | null; when: string; pending: boolean; onCancel(): void; onConfirm(): void };

export function RestoreConfirm({ rev, when, pending, onCancel, onConfirm }: Props) {
  const { t } = useTranslation('review');
  return (
    <Modal opened={rev !== null} onClose={onCancel} title={t('revisions.restoreTitle', { rev: rev ?? '' })}>
      <Text size="sm">{t('revisions.restoreBody', { rev: rev ?? '', when })}</Text>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onCancel}>
          {t('common:actions.cancel')}
        </Button>
        <Button onClick={onConfirm} loading={pending}>
          {t('revisions.restoreConfirm')}
        </Button>
      </Group>
    </Modal>
  );
}
