import { use, useEffect, useRef, useSyncExternalStore } from 'react';
import { HistoryContext } from './routing-context';
import type { HeldNavigation, LeaveCheck } from './guarded-history';

const never = () => () => undefined;
const none = () => null;

/**
 * Holds back navigations `check` answers true for (links, `navigate()`, back/forward) while the
 * calling component is mounted; returns the held one, for the component to ask about.
 */
export function useLeaveBlocker(check: LeaveCheck): HeldNavigation | null {
  const history = use(HistoryContext);
  const latest = useRef(check);
  useEffect(() => {
    latest.current = check;
  });
  useEffect(() => history?.block((move) => latest.current(move)), [history]);
  return useSyncExternalStore(history?.subscribe ?? never, history?.held ?? none, none);
}
