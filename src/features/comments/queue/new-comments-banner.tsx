import { Button, Paper, Text, Group } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { memo } from 'react';
import { useTranslation } from '@/i18n';

/** New arrivals wait here instead of pushing rows around under the cursor. */
export const NewCommentsBanner = memo(function NewCommentsBanner({ count, capped, onShow, loading }: { count: number; capped: boolean; onShow: () => void; loading: boolean }) {
  const { t } = useTranslation('comments');
  if (count === 0) return null;
  return (
    <Paper withBorder p="xs" radius="md" bg="var(--mantine-primary-color-light)" role="status">
      <Group justify="space-between" gap="sm">
        <Text size="sm" fw={500}>
          {t(capped ? 'arrivals.manyBanner' : 'arrivals.banner', { count })}
        </Text>
        <Button size="xs" variant="light" leftSection={<IconRefresh size={14} aria-hidden />} onClick={onShow} loading={loading}>
          {t('arrivals.show')}
        </Button>
      </Group>
    </Paper>
  );
});
