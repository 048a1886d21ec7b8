import { useLayoutEffect, useSyncExternalStore } from 'react';
import { useSession } from '@/api/session';
import { SignInDialog } from '@/features/auth/sign-in-dialog';
import type { SignInPrompt } from './sign-in-prompt';

/** Shows the sign-in dialog over whatever page is open when the port asks for it. */
export function SignInPromptHost({ prompt }: { prompt: SignInPrompt }) {
  const open = useSyncExternalStore(prompt.subscribe, prompt.isOpen, prompt.isOpen);
  const { status, user } = useSession();
  const available = status === 'signed_in';

  useLayoutEffect(() => {
    prompt.setAvailable(available);
  }, [prompt, available]);

  return (
    <SignInDialog
      opened={open && available}
      username={user?.username}
      onSignedIn={() => prompt.settle(true)}
      onCancel={() => prompt.settle(false)}
    />
  );
}
