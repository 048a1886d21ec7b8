import { useLayoutEffect, useState, useTransition, type ReactNode } from 'react';
import { Router, type Location } from 'react-router';
import type { GuardedHistory } from './guarded-history';
import { HistoryContext, NextLocationContext } from './routing-context';

/**
 * react-router in declarative mode over our history. Each location change renders as a transition,
 * so while the next page's code downloads (its lazy component suspends) the current page stays on
 * screen; the pending transition tells `usePendingNavigation` where the app is going.
 */
export function HistoryRouter({ history, children }: { history: GuardedHistory; children: ReactNode }) {
  const [shown, setShown] = useState({ action: history.action, location: history.location });
  const [next, setNext] = useState<Location | null>(null);
  const [pending, startTransition] = useTransition();
  useLayoutEffect(
    () =>
      history.listen(({ action, location }) => {
        setNext(location);
        startTransition(() => setShown({ action, location }));
      }),
    [history],
  );
  return (
    <HistoryContext value={history}>
      <NextLocationContext value={pending ? next : null}>
        <Router location={shown.location} navigationType={shown.action} navigator={history}>
          {children}
        </Router>
      </NextLocationContext>
    </HistoryContext>
  );
}
