import { Alert, List, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { describeError } from '@/components/error-message';

export type BulkOutcome = { done: number; failed: { title: string; error: unknown }[] };

/** Says what happened to every item of a bulk action, so a partial failure is never silent. */
export function BulkResultAlert({ outcome, onClose }: { outcome: BulkOutcome; onClose: () => void }) {
  const { t } = useTranslation(['articles', 'errors']);
  const failed = outcome.failed.length > 0;
  return (
    <Alert
      color={failed ? 'orange' : 'green'}
      variant="light"
      withCloseButton
      closeButtonLabel={t('bulk.dismiss')}
      onClose={onClose}
      role={failed ? 'alert' : 'status'}
      title={failed ? t('bulk.partial', { done: outcome.done, failed: outcome.failed.length }) : t('bulk.deleted', { count: outcome.done })}
    >
      {failed && (
        <List size="sm" spacing={2}>
          {outcome.failed.map((f, i) => (
            <List.Item key={i}>
              <Text span size="sm" fw={500}>
                {f.title}
              </Text>
              {': '}
              {describeError(t, f.error)}
            </List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
