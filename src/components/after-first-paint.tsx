import { useDeferredValue, type ReactNode } from 'react';

/**
 * Renders `children` in a second, interruptible pass once the rest of the page is on screen; until
 * then nothing. For secondary panels that would otherwise hold up the part a person came for
 * (the editor's body takes keys a frame earlier without its side panel). Only this wrapper renders
 * again, not the page around it.
 */
export function AfterFirstPaint({ children }: { children: ReactNode }) {
  const ready = useDeferredValue(true, false);
  return ready ? children : null;
}
