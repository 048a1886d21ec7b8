import { Button, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { IconHome } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { useLocation } from 'react-router';
import { Link } from '@/components/routing/link';

/** For addresses the app does not know (and for records that no longer exist, when a page says so). */
export function NotFoundPage() {
  const { t } = useTranslation('common');
  const { pathname } = useLocation();
  useDocumentTitle(`${t('notFound.title')} · ${t('appName')}`);
  return (
    <Stack align="flex-start" gap="md" py="xl" maw={560}>
      <Text fz={64} fw={800} c="dimmed" lh={1} aria-hidden>
        404
      </Text>
      <Title order={1} fz="h2">
        {t('notFound.title')}
      </Title>
      <Text c="dimmed">{t('notFound.body', { path: pathname })}</Text>
      <Button component={Link} to="/" leftSection={<IconHome size={16} aria-hidden />}>
        {t('actions.backHome')}
      </Button>
    </Stack>
  );
}
