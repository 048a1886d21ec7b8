import { createContext, useContext, useSyncExternalStore } from 'react';

/**
 * The demo backend's chaos switch (errors, dropped connections, rate limits, slow and out-of-order
 * answers), as the app hands it down. `null` when the app does not run on the demo backend.
 */
export type DemoChaosSwitch = {
  isOn(): boolean;
  set(on: boolean): void;
  subscribe(listener: () => void): () => void;
};

export const DemoChaosContext = createContext<DemoChaosSwitch | null>(null);

const never = () => () => {};
const off = () => false;

/** `null` off the demo backend; otherwise whether chaos is on, and a way to change it. */
export function useDemoChaos(): { on: boolean; set(on: boolean): void } | null {
  const control = useContext(DemoChaosContext);
  const on = useSyncExternalStore(control?.subscribe ?? never, control?.isOn ?? off, control?.isOn ?? off);
  return control ? { on, set: control.set } : null;
}
