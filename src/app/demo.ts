import type { RuntimeConfig } from '@/api/config';
import type { DemoChaosSwitch } from '@/components/demo-chaos';
import type { DemoControls } from '@mocks/browser';

/** A person's choice, kept across reloads: the seed of their chaos run, absent when chaos is off. */
export const DEMO_CHAOS_KEY = 'newsroom.demo.chaos';

type Faults = Pick<DemoControls['faults'], 'profile' | 'chaos' | 'disable'>;

let chaosSwitch: DemoChaosSwitch | null = null;

/** The chaos switch of the running demo backend; `null` until it runs, and on any other backend. */
export const demoChaos = (): DemoChaosSwitch | null => chaosSwitch;

function storedSeed(): number | null {
  try {
    const value = localStorage.getItem(DEMO_CHAOS_KEY);
    return value !== null && /^\d+$/.test(value) ? Number(value) : null;
  } catch {
    return null;
  }
}

function storeSeed(seed: number | null): void {
  try {
    if (seed === null) localStorage.removeItem(DEMO_CHAOS_KEY);
    else localStorage.setItem(DEMO_CHAOS_KEY, String(seed));
  } catch {
    /* storage disabled: the choice lasts until the tab is reloaded */
  }
}

/** Binds the switch to the demo's fault injection and to this browser's stored choice. */
export function createChaosSwitch(faults: Faults): DemoChaosSwitch {
  const listeners = new Set<() => void>();
  const seed = storedSeed();
  if (seed !== null) faults.chaos(seed);
  return {
    isOn: () => faults.profile.enabled && faults.profile.preset === 'chaos',
    set(on) {
      if (on) {
        // A new run each time a person turns it on; the stored seed repeats it after a reload.
        const next = Math.floor(Math.random() * 2 ** 31);
        faults.chaos(next);
        storeSeed(next);
      } else {
        faults.disable();
        storeSeed(null);
      }
      listeners.forEach((listener) => listener());
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
}

/**
 * Starts the in-browser demo backend (MSW service worker) when the config asks for it. The only
 * import of mocks/ from the app, and a dynamic one: a non-demo build never downloads it.
 */
export async function startDemoBackend(config: RuntimeConfig): Promise<void> {
  if (!config.demo) return;
  const { startDemo } = await import('@mocks/browser');
  // Absolute, so the worker answers only this origin's API: a relative base would be matched as a
  // wildcard, and in development the worker would also swallow Vite's `/src/api/…` module requests.
  const controls = await startDemo({ baseUrl: new URL(config.api.baseUrl, window.location.origin).href.replace(/\/+$/, '') });
  chaosSwitch = createChaosSwitch(controls.faults);
}
