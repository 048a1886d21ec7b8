import { Alert, Box, Center, Divider, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDocumentTitle } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from '@/i18n';
import { Navigate, useSearchParams } from 'react-router';
import { isApiError } from '@/api/errors';
import type { DemoAccount } from '@/api/port';
import { useApi } from '@/api/react';
import { useSession } from '@/api/session';
import { LanguageMenu } from '@/components/language-menu';
import { PageLoader } from '@/components/page-loader';
import { DemoAccounts } from './demo-accounts';
import { safeNext } from './safe-next';
import { SignInForm } from './sign-in-form';

/** `/sign-in?next=/where/they/wanted`: demo accounts (one click) and the username/password form. */
export function SignInPage() {
  const { t } = useTranslation(['auth', 'common', 'errors']);
  const api = useApi();
  const { status, signIn } = useSession();
  const [params] = useSearchParams();
  const [busy, setBusy] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [prefill, setPrefill] = useState('');
  useDocumentTitle(`${t('auth:signIn.title')} · ${t('common:appName')}`);

  if (status === 'restoring') return <PageLoader label={t('auth:restoring')} />;
  if (status === 'signed_in') return <Navigate to={safeNext(params.get('next'))} replace />;

  const pick = async (account: DemoAccount) => {
    setFailure(null);
    // A backend that does not publish the password: the person types it.
    if (!account.password) return setPrefill(account.username);
    setBusy(account.username);
    try {
      await signIn({ username: account.username, password: account.password });
    } catch (error) {
      setFailure(isApiError(error) ? t(`errors:kind.${error.kind}`) : t('errors:kind.unknown'));
      setBusy(null);
    }
  };

  return (
    <Box mih="100dvh" bg="var(--mantine-color-body)" py="xl" px="md">
      <Group justify="flex-end" maw={460} mx="auto" mb="xs">
        <LanguageMenu />
      </Group>
      <Center>
        <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }} w="100%" maw={460}>
          <Stack gap="lg">
            <Stack gap={4}>
              <Text c="red" fw={800} tt="uppercase" size="sm" lts={1}>
                {t('common:appName')}
              </Text>
              <Title order={1} fz="h2">
                {t('auth:signIn.title')}
              </Title>
              <Text c="dimmed" size="sm">
                {t('auth:signIn.subtitle')}
              </Text>
            </Stack>
            {api.demo && (
              <Stack gap="xs" component="section" aria-labelledby="demo-accounts-title">
                <Title order={2} fz="md" id="demo-accounts-title">
                  {t('auth:demo.title')}
                </Title>
                <Text size="xs" c="dimmed">
                  {t('auth:demo.hint')}
                </Text>
                {failure && (
                  <Alert color="red" variant="light" role="alert">
                    {failure}
                  </Alert>
                )}
                <DemoAccounts onPick={(a) => void pick(a)} busyUsername={busy} />
                <Divider label={t('auth:demo.or')} labelPosition="center" mt="xs" />
              </Stack>
            )}
            <SignInForm key={prefill} defaultUsername={prefill} />
          </Stack>
        </Paper>
      </Center>
    </Box>
  );
}
