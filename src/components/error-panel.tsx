import { Alert, Button, Code, Collapse, Group, Stack, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { isChunkLoadError } from './chunk-error';
import { describeError } from './error-message';

export type ErrorPanelProps = {
  error: unknown;
  /** Shown as "Thử lại"; omitted when retrying in place cannot help. */
  onRetry?: () => void;
};

/** What a page shows instead of itself when it failed: what happened and what the person can do. */
export function ErrorPanel({ error, onRetry }: ErrorPanelProps) {
  const { t } = useTranslation(['errors', 'common']);
  const [detailsOpen, details] = useDisclosure(false);
  const chunk = isChunkLoadError(error);
  const technical = error instanceof Error ? error.message : String(error);

  return (
    <Alert
      role="alert"
      color={chunk ? 'yellow' : 'red'}
      variant="light"
      icon={<IconAlertTriangle aria-hidden />}
      title={chunk ? t('errors:chunk.title') : t('errors:panel.title')}
      maw={720}
    >
      <Stack gap="sm">
        <Text size="sm">{chunk ? t('errors:chunk.body') : `${describeError(t, error)} ${t('errors:panel.body')}`}</Text>
        <Group gap="sm">
          {chunk ? (
            <Button size="xs" leftSection={<IconRefresh size={14} aria-hidden />} onClick={() => window.location.reload()}>
              {t('common:actions.reload')}
            </Button>
          ) : (
            onRetry && (
              <Button size="xs" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onRetry}>
                {t('common:actions.retry')}
              </Button>
            )
          )}
          <UnstyledButton fz="xs" c="dimmed" onClick={details.toggle} aria-expanded={detailsOpen}>
            {t('errors:panel.details')}
          </UnstyledButton>
        </Group>
        <Collapse expanded={detailsOpen}>
          <Code block>{technical}</Code>
        </Collapse>
      </Stack>
    </Alert>
  );
}
