import { Group, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from '@/i18n';

export type PageHeaderProps = {
  title: string;
  description?: ReactNode;
  /** Buttons on the right (wrap below the title on phones). */
  actions?: ReactNode;
};

/** The top of every page: its heading (also the tab title), an optional line of help, actions. */
export function PageHeader({ title, description, actions }: PageHeaderProps) {
  const { t } = useTranslation('common');
  useDocumentTitle(`${title} · ${t('appName')}`);
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
      <Stack gap={4}>
        <Title order={1} fz="h2">
          {title}
        </Title>
        {description && (
          <Text c="dimmed" size="sm">
            {description}
          </Text>
        )}
      </Stack>
      {actions && <Group gap="xs">{actions}</Group>}
    </Group>
  );
}
