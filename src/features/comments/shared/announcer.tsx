import { VisuallyHidden } from '@mantine/core';
import { useSyncExternalStore } from 'react';

/**
 * A polite live region fed from outside React state: announcing a decision re-renders the region
 * only. The same text twice in a row is still read, thanks to the alternating zero-width suffix.
 */
export function createAnnouncer() {
  let message = '';
  let flip = false;
  const listeners = new Set<() => void>();
  return {
    announce(text: string) {
      flip = !flip;
      message = flip ? text : `${text}\u200b`;
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
    get: () => message,
  };
}
export type Announcer = ReturnType<typeof createAnnouncer>;

export function LiveRegion({ announcer }: { announcer: Announcer }) {
  const message = useSyncExternalStore(announcer.subscribe, announcer.get);
  return (
    <VisuallyHidden role="status" aria-live="polite" aria-atomic="true" data-testid="moderation-announcer">
      {message}
    </VisuallyHidden>
  );
}
