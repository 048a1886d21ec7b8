import '@/components/styles/dialogs';
import { Button, Modal, Text } from '@mantine/core';
import { useTranslation } from '@/i18n';
import { SignInForm } from './sign-in-form';

type Props = {
  opened: boolean;
  /** Pre-filled: usually the same person signs in again. */
  username?: string;
  onSignedIn: () => void;
  onCancel: () => void;
};

/**
 * Opens over the current page when the session expired mid-work. The page stays mounted underneath,
 * so forms keep what was typed and the interrupted requests continue once this succeeds.
 */
export function SignInDialog({ opened, username, onSignedIn, onCancel }: Props) {
  const { t } = useTranslation('auth');
  return (
    <Modal opened={opened} onClose={onCancel} title={t('dialog.title')} closeOnClickOutside={false} centered>
      <Text size="sm" c="dimmed" mb="md">
        {t('dialog.body')}
      </Text>
      {/* Re-mounted per opening so an earlier attempt's error does not linger. */}
      {opened && (
        <SignInForm
          defaultUsername={username}
          onSignedIn={onSignedIn}
          secondaryAction={
            <Button variant="subtle" color="gray" onClick={onCancel} fullWidth>
              {t('dialog.cancel')}
            </Button>
          }
        />
      )}
    </Modal>
  );
}
