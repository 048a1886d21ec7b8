import { createRestAdapter } from './adapters/rest';
import { ConfigError, type AdapterName, type RuntimeConfig } from './config';
import type { NewsroomApi } from './port';

export type AdapterFactory = (config: RuntimeConfig) => NewsroomApi;

/** Adapters in the main bundle. The demo is the `rest` adapter pointed at the in-browser mock server. */
const bundled: Partial<Record<AdapterName, AdapterFactory>> = {
  rest: (config) => createRestAdapter({ baseUrl: config.api.baseUrl, demo: config.demo }),
};

/**
 * Adapters kept out of the main bundle: a dynamic `import()` each, downloaded only when the
 * config picks them. A new backend registers here, e.g.
 * `wordpress: () => import('./adapters/wordpress').then((m) => m.createWordpressApi)`.
 */
const lazy: Partial<Record<AdapterName, () => Promise<AdapterFactory>>> = {
  wordpress: () => import('./adapters/wordpress').then((m) => (config: RuntimeConfig) => m.createWordPressAdapter({ baseUrl: config.api.baseUrl })),
};

export const registeredAdapters = (): AdapterName[] => [...new Set([...Object.keys(bundled), ...Object.keys(lazy)])] as AdapterName[];

function unknownAdapter(name: string): ConfigError {
  const known = registeredAdapters().map((n) => `"${n}"`).join(', ');
  return new ConfigError('unknown_adapter', `"api.adapter" is "${name}", which this build does not include (available: ${known}).`, 'api.adapter');
}

/** Creates a bundled adapter synchronously. Use `loadApi` when the adapter may live in its own chunk. */
export function createApi(config: RuntimeConfig): NewsroomApi {
  const factory = bundled[config.api.adapter];
  if (factory) return factory(config);
  if (lazy[config.api.adapter]) {
    throw new ConfigError('unknown_adapter', `The "${config.api.adapter}" adapter is loaded on demand: create it with loadApi().`, 'api.adapter');
  }
  throw unknownAdapter(config.api.adapter);
}

/** The app's entry point: the adapter the config names, bundled or downloaded on demand. */
export async function loadApi(config: RuntimeConfig): Promise<NewsroomApi> {
  const factory = bundled[config.api.adapter] ?? (await lazy[config.api.adapter]?.());
  if (!factory) throw unknownAdapter(config.api.adapter);
  return factory(config);
}
