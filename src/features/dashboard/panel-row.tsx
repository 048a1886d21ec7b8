import { Anchor, Group, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n';
import { Link } from '@/components/routing/link';
import { RelativeTime } from '@/components/relative-time';
import type { ArticleSummary } from '@/domain';

export function PanelRow({ article, date, extra }: { article: ArticleSummary; date?: string | null; extra?: ReactNode }) {
  const { t } = useTranslation('dashboard');
  return (
    <Stack gap={2}>
      <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
        <Anchor component={Link} to={`/articles/${article.id}/edit`} size="sm" lineClamp={1} c="var(--mantine-color-text)" style={{ flex: 1 }}>
          {article.title || t('untitled')}
        </Anchor>
        <RelativeTime value={date ?? article.updatedAt} size="xs" c="dimmed" style={{ whiteSpace: 'nowrap' }} />
      </Group>
      {extra}
    </Stack>
  );
}
