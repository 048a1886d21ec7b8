import { lazy, Suspense, useEffect, useState, type ComponentType } from 'react';
import { whenIdle } from '@/components/when-idle';

/**
 * A component kept out of the first download that must not wait for one when it is needed: its code
 * is fetched once the page is idle (a toast saying a save failed, or the sign-in dialog of an expired
 * session, may come just as the network drops), and it renders from the first time `needed` is true.
 */
export function whenNeeded<P extends object>(load: () => Promise<ComponentType<P>>) {
  const Loaded = lazy(async () => ({ default: await load() }));
  return function WhenNeeded({ needed, ...props }: P & { needed: boolean }) {
    const [shown, setShown] = useState(false);
    useEffect(() => whenIdle(() => void load().catch(() => undefined), { timeout: 5000, fallback: 2000 }), []);
    if (needed && !shown) setShown(true);
    if (!shown) return null;
    return (
      <Suspense fallback={null}>
        <Loaded {...(props as P)} />
      </Suspense>
    );
  };
}
