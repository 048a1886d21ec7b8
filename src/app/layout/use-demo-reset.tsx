import { notifications } from '@mantine/notifications';
import { useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import { useApi } from '@/api/react';
import { ConfirmDialog } from '@/components/confirm-dialog';

/**
 * Asks, then restores the demo seed and refetches everything on screen from it. `dialog` is the
 * question, to render beside the control that calls `ask`.
 */
export function useDemoReset(): { ask: () => void; dialog: ReactNode } {
  const { t } = useTranslation('common');
  const api = useApi();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState(false);

  const reset = async () => {
    try {
      await api.demo?.reset();
      // Everything cached came from the old data; active pages refetch at once.
      await queryClient.resetQueries();
      notifications.show({ color: 'green', message: t('demoReset.done') });
    } catch {
      notifications.show({ color: 'red', message: t('demoReset.failed') });
    }
  };

  const dialog = (
    <ConfirmDialog
      opened={asking}
      title={t('demoReset.title')}
      confirmLabel={t('demoReset.confirm')}
      cancelLabel={t('actions.cancel')}
      danger
      onConfirm={() => void reset()}
      onCancel={() => setAsking(false)}
    >
      {t('demoReset.body')}
    </ConfirmDialog>
  );
  return { ask: () => setAsking(true), dialog };
}
