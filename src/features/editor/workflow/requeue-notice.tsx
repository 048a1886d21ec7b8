import { Alert, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import type { ArticleStatus } from '@/domain';
import { useSaveStatus, type StatusStore } from '../autosave/status-store';

/**
 * Said up front, before anything is typed: an approval covers the text that was approved, so this
 * person's first save sends the article back to review (the save waits for their go-ahead).
 */
export function RequeueNotice({ status, store }: { status: ArticleStatus; store: StatusStore }) {
  const { t } = useTranslation('editor');
  const save = useSaveStatus(store);
  return (
    <Alert color="orange" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('requeue.noticeTitle', { context: status })} role="note">
      <Text size="sm">{t('requeue.noticeBody')}</Text>
      {save.kind === 'held' && (
        <Text size="sm" fw={500} mt="xs">
          {t('requeue.heldBody')}
        </Text>
      )}
    </Alert>
  );
}
