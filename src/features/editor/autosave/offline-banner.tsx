import { Alert } from '@mantine/core';
import { useNetwork } from '@mantine/hooks';
import { IconWifiOff } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { useSaveStatus, type StatusStore } from './status-store';

/** Shown when the browser says it is offline or saves fail for want of a network. */
export function OfflineBanner({ store }: { store: StatusStore }) {
  const { t } = useTranslation('editor');
  const { online } = useNetwork();
  const s = useSaveStatus(store);
  if (online && !(s.kind === 'retrying' && s.offline)) return null;
  return (
    <Alert color="orange" variant="light" icon={<IconWifiOff size={18} aria-hidden />} title={t('offline.title')} role="alert" mb="sm">
      {t('offline.body')}
    </Alert>
  );
}
