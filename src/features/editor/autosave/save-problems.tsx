import { Alert } from '@mantine/core';
import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
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
