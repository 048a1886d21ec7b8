import { useSyncExternalStore } from 'react';
import type { SaveStatus } from './save-status';

/**
 * The save status lives outside React state so that only the components showing it re-render when
 * it changes — never the form or the editor.
 */
export class StatusStore {
  private status: SaveStatus = { kind: 'idle' };
  private listeners = new Set<() => void>();

  get = () => this.status;

  set(status: SaveStatus) {
    this.status = status;
    for (const l of this.listeners) l();
  }

  subscribe = (listener: () => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };
}

export const useSaveStatus = (store: StatusStore) => useSyncExternalStore(store.subscribe, store.get);
