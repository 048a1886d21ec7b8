import { useQueryClient } from '@tanstack/react-query';
import { startTransition, useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import type { LoginInput, User } from '@/domain';
import { isApiError } from '@/api/errors';
import { useApi } from '@/api/react';
import { SessionContext, type SessionState } from '@/api/session';
import { clearToken, readToken, writeToken } from './session-storage';

type Snapshot = Pick<SessionState, 'user' | 'status'>;

/**
 * Owns who is signed in. A token kept from earlier in this tab is checked with `auth.me()` before
 * the guarded pages render, so a reload keeps the session without flashing the sign-in page.
 */
export function SessionProvider({ children }: { children: ReactNode }) {
  const api = useApi();
  const queryClient = useQueryClient();
  const [snapshot, setSnapshot] = useState<Snapshot>(() => {
    const token = readToken();
    // Set before any child's effect runs, so nothing requests without the token (idempotent).
    if (token) api.setToken(token);
    return token ? { user: null, status: 'restoring' } : { user: null, status: 'signed_out' };
  });
  const userRef = useRef<User | null>(null);
  userRef.current = snapshot.user;

  useEffect(() => {
    const token = readToken();
    if (!token) return;
    let current = true;
    api.auth.me().then(
      // The first signed-in render (the shell and the page) is the largest of a visit: as a
      // transition React renders it in slices, and the page stays responsive meanwhile.
      (user) => current && startTransition(() => setSnapshot({ user, status: 'signed_in' })),
      (error: unknown) => {
        if (!current) return;
        // An expired token is dropped; a network hiccup keeps it so a reload can try again.
        if (isApiError(error) && error.kind === 'unauthorized') {
          clearToken();
          api.setToken(null);
        }
        setSnapshot({ user: null, status: 'signed_out' });
      },
    );
    return () => {
      current = false;
    };
  }, [api]);

  const signIn = useCallback(
    async (input: LoginInput) => {
      const session = await api.auth.login(input);
      api.setToken(session.token);
      writeToken(session.token);
      const previous = userRef.current;
      setSnapshot({ user: session.user, status: 'signed_in' });
      // Signing in again as someone else (from the expired-session dialog): nothing cached is theirs.
      if (previous && previous.id !== session.user.id) void queryClient.invalidateQueries();
      return session.user;
    },
    [api, queryClient],
  );

  const signOut = useCallback(async () => {
    try {
      await api.auth.logout();
    } catch {
      // Leaving must always work, even when the server cannot be told.
    }
    setSnapshot({ user: null, status: 'signed_out' });
    api.setToken(null);
    clearToken();
    queryClient.clear();
  }, [api, queryClient]);

  const value = useMemo<SessionState>(() => ({ ...snapshot, signIn, signOut }), [snapshot, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}
