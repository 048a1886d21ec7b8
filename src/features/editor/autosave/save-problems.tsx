import { Alert, Button, Group, Modal, Text } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from '@/i18n';
import { LazyConflictDialog } from '../lazy-parts';
import { useSaveStatus, type StatusStore } from './status-store';

// Each of these subscribes to the save status on its own, so a status change re-renders them only.

export function ForbiddenAlert({ store }: { store: StatusStore }) {
  const { t } = useTranslation('editor');
  const status = useSaveStatus(store);
  if (status.kind !== 'forbidden') return null;
  return (
    <Alert color="red" title={t('forbidden.title')} role="alert" mb="sm">
      {t('forbidden.body')}
    </Alert>
  );
}

export function ConflictHost({ store, onKeepMine, onTakeTheirs }: { store: StatusStore; onKeepMine(): void; onTakeTheirs(): void }) {
  const status = useSaveStatus(store);
  if (status.kind !== 'conflict') return null;
  return (
    <Suspense fallback={null}>
      <LazyConflictDialog mine={status.mine} theirs={status.theirs} onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />
    </Suspense>
  );
}

/** The go-ahead for a save that sends an approved or scheduled article back to review. */
export function RequeueHost({ store, onConfirm, onHold }: { store: StatusStore; onConfirm(): void; onHold(): void }) {
  const { t } = useTranslation('editor');
  const status = useSaveStatus(store);
  if (status.kind !== 'confirm') return null;
  return (
    <Modal opened onClose={onHold} title={t('requeue.dialogTitle')}>
      <Text size="sm">{t('requeue.dialogBody')}</Text>
      <Group justify="flex-end" mt="md" gap="xs">
        <Button variant="default" onClick={onHold}>
          {t('requeue.hold')}
        </Button>
        <Button color="orange" onClick={onConfirm}>
          {t('requeue.confirm')}
        </Button>
      </Group>
    </Modal>
  );
}
