import { createContext, useContext } from 'react';
import type { LoginInput, User } from '@/domain';

export type SessionState = {
  user: User | null;
  status: 'restoring' | 'signed_in' | 'signed_out';
  signIn(input: LoginInput): Promise<User>;
  signOut(): Promise<void>;
};

export const SessionContext = createContext<SessionState | null>(null);

/** The signed-in user. The provider lives in the app; features only read it. */
export function useSession(): SessionState {
  const s = useContext(SessionContext);
  if (!s) throw new Error('useSession() outside the session provider');
  return s;
}

/** For pages behind the sign-in guard: the user is known. */
export function useCurrentUser(): User {
  const { user } = useSession();
  if (!user) throw new Error('useCurrentUser() on a page reached without a session');
  return user;
}
