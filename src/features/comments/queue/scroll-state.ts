import { useSyncExternalStore } from 'react';

/**
 * Whether the list is scrolling, outside React props: rows would all re-render when it flips (at the
 * start and end of every scroll, and a keypress scrolls), while only their lazy parts care.
 */
export function createScrollState() {
  let scrolling = false;
  const listeners = new Set<() => void>();
  return {
    get: () => scrolling,
    set(next: boolean) {
      if (next === scrolling) return;
      scrolling = next;
      listeners.forEach((l) => l());
    },
    subscribe(listener: () => void) {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
export type ScrollState = ReturnType<typeof createScrollState>;

/** The list is at rest: rows may load what they show. */
export const useSettled = (state: ScrollState) => !useSyncExternalStore(state.subscribe, state.get);
