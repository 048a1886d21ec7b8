import { useLayoutEffect, useSyncExternalStore } from 'react';
import { useSession } from '@/api/session';
import { whenNeeded } from '@/components/on-demand/when-needed';
import type { SignInPrompt } from './sign-in-prompt';

// The dialog (and Mantine's Modal with it) stays out of the first screen's download.
const SignInDialog = whenNeeded(async () => (await import('@/features/auth/sign-in-dialog')).SignInDialog);

/** Shows the sign-in dialog over whatever page is open when the port asks for it. */
export function SignInPromptHost({ prompt }: { prompt: SignInPrompt }) {
  const open = useSyncExternalStore(prompt.subscribe, prompt.isOpen, prompt.isOpen);
  const { status, user } = useSession();
  const available = status === 'signed_in';

  useLayoutEffect(() => {
    prompt.setAvailable(available);
  }, [prompt, available]);

  const opened = open && available;
  return (
    <SignInDialog
      needed={opened}
      opened={opened}
      username={user?.username}
      onSignedIn={() => prompt.settle(true)}
      onCancel={() => prompt.settle(false)}
    />
  );
}
