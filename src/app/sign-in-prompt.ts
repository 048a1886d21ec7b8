import type { RequestSignIn } from '@/api/reauth';

/**
 * The bridge between the wrapped port (plain functions, created before React renders) and the
 * sign-in dialog (a component). The port asks; the host component shows the dialog and settles.
 */
export type SignInPrompt = {
  request: RequestSignIn;
  /** For useSyncExternalStore. */
  subscribe(listener: () => void): () => void;
  isOpen(): boolean;
  settle(signedIn: boolean): void;
  /** While nobody is signed in (restoring, signed out) a 401 is not a session to renew: decline. */
  setAvailable(available: boolean): void;
};

export function createSignInPrompt(): SignInPrompt {
  let resolvers: Array<(ok: boolean) => void> = [];
  let available = false;
  const listeners = new Set<() => void>();
  const notify = () => listeners.forEach((l) => l());

  const settle = (ok: boolean) => {
    if (!resolvers.length) return;
    const waiting = resolvers;
    resolvers = [];
    waiting.forEach((resolve) => resolve(ok));
    notify();
  };

  return {
    request: () =>
      new Promise<boolean>((resolve) => {
        if (!available) return resolve(false);
        resolvers.push(resolve);
        if (resolvers.length === 1) notify();
      }),
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    isOpen: () => resolvers.length > 0,
    settle,
    setAvailable(next) {
      available = next;
      if (!next) settle(false);
    },
  };
}
