import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { loginInputSchema, type LoginInput, type User } from '@/domain';
import { isApiError } from '@/api/errors';
import { useSession } from '@/api/session';

type Props = {
  defaultUsername?: string;
  onSignedIn?: (user: User) => void;
  /** Extra buttons next to "Đăng nhập" (the dialog's "Để sau"). */
  secondaryAction?: React.ReactNode;
};

/** Username and password. What was typed stays in the fields whatever the server answers. */
export function SignInForm({ defaultUsername = '', onSignedIn, secondaryAction }: Props) {
  const { t } = useTranslation(['auth', 'validation', 'errors']);
  const { signIn } = useSession();
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<LoginInput>({
    resolver: zodResolver(loginInputSchema),
    defaultValues: { username: defaultUsername, password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  const fieldError = (code?: string) => (code ? t(`validation:${code}`, { defaultValue: t('validation:invalid') }) : undefined);

  const submit = form.handleSubmit(async (input) => {
    setFailure(null);
    try {
      const user = await signIn(input);
      onSignedIn?.(user);
    } catch (error) {
      const wrongCredentials = isApiError(error) && (error.kind === 'unauthorized' || error.kind === 'validation');
      setFailure(wrongCredentials ? t('auth:signIn.wrongCredentials') : t('auth:signIn.failed', { message: errorText(error) }));
    }
  });

  const errorText = (error: unknown) => (isApiError(error) ? t(`errors:kind.${error.kind}`) : t('errors:kind.unknown'));

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('auth:signIn.username')}
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
          error={fieldError(errors.username?.message)}
          {...form.register('username')}
        />
        <PasswordInput
          label={t('auth:signIn.password')}
          autoComplete="current-password"
          withAsterisk
          error={fieldError(errors.password?.message)}
          {...form.register('password')}
        />
        <Stack gap="xs" mt="xs">
          <Button type="submit" loading={isSubmitting} fullWidth>
            {t('auth:signIn.submit')}
          </Button>
          {secondaryAction}
        </Stack>
      </Stack>
    </form>
  );
}
