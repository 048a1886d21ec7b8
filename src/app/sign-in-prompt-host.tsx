import { lazy, Suspense, useEffect, useLayoutEffect, useState, useSyncExternalStore } from 'react';
import { useSession } from '@/api/session';
import { whenIdle } from '@/components/when-idle';
import type { SignInPrompt } from './sign-in-prompt';

const loadDialog = () => import('@/features/auth/sign-in-dialog');
const SignInDialog = lazy(async () => ({ default: (await loadDialog()).SignInDialog }));

/**
 * Shows the sign-in dialog over whatever page is open when the port asks for it. The dialog (and
 * Mantine's Modal with it) is fetched once the first screen is idle, not with the first screen, and
 * rendered from the first time it is asked for.
 */
export function SignInPromptHost({ prompt }: { prompt: SignInPrompt }) {
  const open = useSyncExternalStore(prompt.subscribe, prompt.isOpen, prompt.isOpen);
  const { status, user } = useSession();
  const available = status === 'signed_in';
  const [needed, setNeeded] = useState(false);

  useLayoutEffect(() => {
    prompt.setAvailable(available);
  }, [prompt, available]);
  // An expired session must not wait for a download, least of all on a failing network.
  useEffect(() => whenIdle(() => void loadDialog().catch(() => undefined), { timeout: 5000, fallback: 2000 }), []);

  const opened = open && available;
  if (opened && !needed) setNeeded(true);
  if (!needed) return null;
  return (
    <Suspense fallback={null}>
      <SignInDialog opened={opened} username={user?.username} onSignedIn={() => prompt.settle(true)} onCancel={() => prompt.settle(false)} />
    </Suspense>
  );
}
