import { Button, Group, Paper, Text } from '@mantine/core';
import { memo } from 'react';
import { useTranslation } from '@/i18n';
import type { CommentAction } from '@/domain';

/** The selection and what can be done to it in one request. */
export const BulkBar = memo(function BulkBar({ count, onAct, onClear }: { count: number; onAct: (action: CommentAction) => void; onClear: () => void }) {
  const { t, i18n } = useTranslation('comments');
  if (count === 0) return null;
  return (
    <Paper withBorder p="xs" radius="md" role="region" aria-label={t('bulk.label')}>
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500}>
          {t('bulk.selected', { count, formatted: new Intl.NumberFormat(i18n.language).format(count) })}
        </Text>
        <Group gap="xs">
          <Button size="xs" color="teal" onClick={() => onAct('approve')}>
            {t('bulk.approve')}
          </Button>
          <Button size="xs" color="red" onClick={() => onAct('reject')}>
            {t('bulk.reject')}
          </Button>
          <Button size="xs" color="orange" onClick={() => onAct('spam')}>
            {t('bulk.spam')}
          </Button>
          <Button size="xs" variant="subtle" onClick={onClear}>
            {t('bulk.clear')}
          </Button>
        </Group>
      </Group>
    </Paper>
  );
});
