import { Alert, Code, Container, List, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from '@/i18n';
import { isConfigError, CONFIG_URL } from '@/api/config';

const example = JSON.stringify({ api: { adapter: 'rest', baseUrl: '/api' }, demo: true }, null, 2);

/**
 * Shown instead of the app when `config.json` is missing or wrong: what is wrong (the loader's
 * message names the file and the field) and how to fix it. Read by whoever deploys the app.
 */
export function ConfigErrorScreen({ error, reason: given }: { error: unknown; reason?: 'demo' }) {
  const { t } = useTranslation('errors');
  const reason = given ?? (isConfigError(error) ? error.reason : 'unreachable');
  const field = isConfigError(error) ? error.field : undefined;
  const message = error instanceof Error ? error.message : String(error);

  return (
    <Container size="sm" py={48}>
      <Stack gap="lg">
        <Title order={1} fz="h2">
          {t('config.title')}
        </Title>
        <Text>{reason === 'demo' ? t('config.demoIntro') : t('config.intro')}</Text>
        <Alert color="red" variant="light" icon={<IconAlertTriangle aria-hidden />} title={t('config.problem')} role="alert">
          <Stack gap={6}>
            <Code block>{message}</Code>
            {field && <Text size="sm">{t('config.field', { field })}</Text>}
          </Stack>
        </Alert>
        <Stack gap="xs">
          <Title order={2} fz="h4">
            {t('config.howToFix')}
          </Title>
          <List>
            <List.Item>{t(`config.fix.${reason}`)}</List.Item>
          </List>
          <Text size="sm">{t('config.example')}</Text>
          <Code block aria-label={CONFIG_URL}>
            {example}
          </Code>
        </Stack>
      </Stack>
    </Container>
  );
}
