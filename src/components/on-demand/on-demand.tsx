import { lazy, Suspense, useState, type ComponentType } from 'react';

/** What a stand-in trigger spreads on its button so the real control loads when reached for. */
export type DemandProps = {
  onPointerEnter: () => void;
  onFocus: () => void;
  onClick: () => void;
  'aria-haspopup': 'menu' | 'dialog';
  'aria-expanded': false;
};

type Loaded<P> = ComponentType<P & { defaultOpened?: boolean }>;

/**
 * A header control whose dropdown (a Menu or Popover, and floating-ui with it) stays out of the first
 * download: `Trigger` renders alone until the person points at it or focuses it (the chunk is fetched
 * then) and clicks it (the real control replaces it, already open).
 */
export function onDemand<P extends object>(load: () => Promise<Loaded<P>>, Trigger: ComponentType<P & DemandProps>, popup: 'menu' | 'dialog' = 'menu') {
  let pending: Promise<Loaded<P>> | undefined;
  const fetchControl = () => {
    pending ??= load().catch((error: unknown) => {
      pending = undefined; // a later attempt may succeed (e.g. back online)
      throw error;
    });
    return pending;
  };
  // Only a head start: a failure here shows when the click renders the control.
  const prefetch = () => void fetchControl().catch(() => undefined);
  const Control = lazy(async () => ({ default: await fetchControl() }));

  return function OnDemand(props: P) {
    const [wanted, setWanted] = useState(false);
    const trigger = (
      <Trigger {...props} onPointerEnter={prefetch} onFocus={prefetch} onClick={() => setWanted(true)} aria-haspopup={popup} aria-expanded={false} />
    );
    if (!wanted) return trigger;
    return (
      <Suspense fallback={trigger}>
        <Control {...props} defaultOpened />
      </Suspense>
    );
  };
}
