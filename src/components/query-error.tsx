import { Alert, Button, Group, Text } from '@mantine/core';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { describeError } from './error-message';

/** A failed load inside a page (a list, a panel): what went wrong, by error kind, and a retry. */
export function QueryError({ error, onRetry, retrying }: { error: unknown; onRetry: () => void; retrying?: boolean }) {
  const { t } = useTranslation(['articles', 'errors', 'common']);
  return (
    <Alert color="red" variant="light" icon={<IconAlertTriangle size={20} aria-hidden />} title={t('articles:loadError')} role="alert">
      <Group justify="space-between" wrap="wrap" gap="sm">
        <Text size="sm">{describeError(t, error)}</Text>
        <Button size="xs" variant="white" color="red" leftSection={<IconRefresh size={16} aria-hidden />} onClick={onRetry} loading={retrying}>
          {t('common:actions.retry')}
        </Button>
      </Group>
    </Alert>
  );
}
