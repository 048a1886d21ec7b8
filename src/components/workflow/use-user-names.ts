import { useQuery } from '@tanstack/react-query';
import { useCallback } from 'react';
import { useTranslation } from '@/i18n';
import { userQueries } from '@/api/queries';
import { useApi } from '@/api/react';

/** History, notes and reasons store user ids; people read names. `system` is the scheduler. */
export function useUserNames(): (id: string) => string {
  const api = useApi();
  const { t } = useTranslation('review');
  const users = useQuery(userQueries.list(api));
  return useCallback(
    (id: string) => (id === 'system' ? t('history.system') : (users.data?.find((u) => u.id === id)?.name ?? id)),
    [users.data, t],
  );
}
