import { Text } from '@mantine/core';
import { modals } from '@mantine/modals';
import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useApi } from '@/api/react';

/** Asks, then restores the demo seed and refetches everything on screen from it. */
export function useDemoReset(): () => void {
  const { t } = useTranslation('common');
  const api = useApi();
  const queryClient = useQueryClient();

  return () =>
    modals.openConfirmModal({
      title: t('demoReset.title'),
      children: <Text size="sm">{t('demoReset.body')}</Text>,
      labels: { confirm: t('demoReset.confirm'), cancel: t('actions.cancel') },
      confirmProps: { color: 'red' },
      onConfirm: async () => {
        try {
          await api.demo?.reset();
          // Everything cached came from the old data; active pages refetch at once.
          await queryClient.resetQueries();
          notifications.show({ color: 'green', message: t('demoReset.done') });
        } catch {
          notifications.show({ color: 'red', message: t('demoReset.failed') });
        }
      },
    });
}
