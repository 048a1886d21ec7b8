import { Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';

type Props = {
  opened: boolean;
  count: number;
  titles: string[];
  pending: boolean;
  onCancel: () => void;
  onConfirm: () => void;
};

const SHOWN = 5;

export function DeleteConfirmModal({ opened, count, titles, pending, onCancel, onConfirm }: Props) {
  const { t } = useTranslation('articles');
  return (
    <Modal opened={opened} onClose={onCancel} title={t('bulk.confirmTitle', { count })} centered>
      <Stack>
        <Text size="sm">{t('bulk.confirmText', { count })}</Text>
        <List size="sm" spacing={2}>
          {titles.slice(0, SHOWN).map((title, i) => (
            <List.Item key={i}>{title}</List.Item>
          ))}
          {titles.length > SHOWN && <List.Item>{t('bulk.andMore', { count: titles.length - SHOWN })}</List.Item>}
        </List>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel} disabled={pending}>
            {t('bulk.cancel')}
          </Button>
          <Button color="red" onClick={onConfirm} loading={pending} data-autofocus>
            {t('bulk.confirm', { count })}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
