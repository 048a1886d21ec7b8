import type { RuntimeConfig } from '@/api/config';

/**
 * Starts the in-browser demo backend (MSW service worker) when the config asks for it. The only
 * import of mocks/ from the app, and a dynamic one: a non-demo build never downloads it.
 */
export async function startDemoBackend(config: RuntimeConfig): Promise<void> {
  if (!config.demo) return;
  const { startDemo } = await import('@mocks/browser');
  // Absolute, so the worker answers only this origin's API: a relative base would be matched as a
  // wildcard, and in development the worker would also swallow Vite's `/src/api/…` module requests.
  await startDemo({ baseUrl: new URL(config.api.baseUrl, window.location.origin).href.replace(/\/+$/, '') });
}
