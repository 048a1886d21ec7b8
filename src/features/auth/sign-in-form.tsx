import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from '@/i18n';
import { loginInputSchema, type LoginInput, type User } from '@/domain';
import { isApiError } from '@/api/errors';
import { useSession } from '@/api/session';

type Props = {
  defaultUsername?: string;
  onSignedIn?: (user: User) => void;
  /** Extra buttons next to "Đăng nhập" (the dialog's "Để sau"). */
  secondaryAction?: React.ReactNode;
};

type FieldErrors = Partial<Record<keyof LoginInput, string>>;

/**
 * Username and password. What was typed stays in the fields whatever the server answers.
 * Two fields need no form library: state plus the domain schema keeps the sign-in screen light.
 */
export function SignInForm({ defaultUsername = '', onSignedIn, secondaryAction }: Props) {
  const { t } = useTranslation(['auth', 'validation', 'errors']);
  const { signIn } = useSession();
  const [values, setValues] = useState<LoginInput>({ username: defaultUsername, password: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [submitted, setSubmitted] = useState(false);
  const [submitting, setSubmitting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const fields = { username: useRef<HTMLInputElement>(null), password: useRef<HTMLInputElement>(null) };
  const fieldError = (code?: string) => (code ? t(`validation:${code}`, { defaultValue: t('validation:invalid') }) : undefined);
  const errorText = (error: unknown) => (isApiError(error) ? t(`errors:kind.${error.kind}`) : t('errors:kind.unknown'));

  const validate = (next: LoginInput) => {
    const result = loginInputSchema.safeParse(next);
    const found: FieldErrors = {};
    if (!result.success) {
      for (const issue of result.error.issues) {
        const field = issue.path[0] as keyof LoginInput;
        found[field] ??= issue.message;
      }
    }
    setErrors(found);
    return result;
  };

  const change = (field: keyof LoginInput) => (event: React.ChangeEvent<HTMLInputElement>) => {
    const next = { ...values, [field]: event.currentTarget.value };
    setValues(next);
    // Like the rest of the app's forms: quiet until the first submit, then re-checked on each change.
    if (submitted) validate(next);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (submitting) return;
    setSubmitted(true);
    const result = validate(values);
    if (!result.success) {
      // The first field in error takes the focus, so a keyboard user lands where the fix is.
      const first = (['username', 'password'] as const).find((f) => result.error.issues.some((i) => i.path[0] === f));
      if (first) fields[first].current?.focus();
      return;
    }
    setFailure(null);
    setSubmitting(true);
    try {
      const user = await signIn(result.data);
      onSignedIn?.(user);
    } catch (error) {
      const wrongCredentials = isApiError(error) && (error.kind === 'unauthorized' || error.kind === 'validation');
      setFailure(wrongCredentials ? t('auth:signIn.wrongCredentials') : t('auth:signIn.failed', { message: errorText(error) }));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <form onSubmit={(event) => void submit(event)} noValidate>
      <Stack gap="sm">
        {failure && (
          <Alert color="red" variant="light" icon={<IconAlertCircle aria-hidden />} role="alert">
            {failure}
          </Alert>
        )}
        <TextInput
          label={t('auth:signIn.username')}
          name="username"
          autoComplete="username"
          autoCapitalize="none"
          spellCheck={false}
          withAsterisk
          ref={fields.username}
          value={values.username}
          onChange={change('username')}
          error={fieldError(errors.username)}
        />
        <PasswordInput
          label={t('auth:signIn.password')}
          name="password"
          autoComplete="current-password"
          withAsterisk
          ref={fields.password}
          value={values.password}
          onChange={change('password')}
          error={fieldError(errors.password)}
        />
        <Stack gap="xs" mt="xs">
          <Button type="submit" loading={submitting} fullWidth>
            {t('auth:signIn.submit')}
          </Button>
          {secondaryAction}
        </Stack>
      </Stack>
    </form>
  );
}
