import 'fake-indexeddb/auto';
import { afterEach } from 'vitest';

// Files that render run in jsdom; the pure ones (`@vitest-environment node`) skip React's testing
// tools, which cost them more time to load than their tests take.
if (typeof window !== 'undefined') {
  await import('@testing-library/jest-dom/vitest');
  const { cleanup } = await import('@testing-library/react');
  afterEach(() => cleanup());

  // Mantine needs these in jsdom.
  window.matchMedia ??= ((query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  })) as unknown as typeof window.matchMedia;
  class RO {
    observe() {}
    unobserve() {}
    disconnect() {}
  }
  window.ResizeObserver ??= RO as unknown as typeof ResizeObserver;
  window.HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {};
}

// Every catalog up front, so i18n initialises synchronously in tests (the app loads them lazily).
import { provideCatalogs, type Catalogs } from '@/i18n';
const catalogModules = import.meta.glob<{ default: Record<string, unknown> }>('../src/i18n/locales/*/*.json', { eager: true });
const catalogs: Catalogs = {};
for (const [path, mod] of Object.entries(catalogModules)) {
  const [, lang, ns] = /locales\/([^/]+)\/([^/]+)\.json$/.exec(path) ?? [];
  if (lang && ns) (catalogs[lang] ??= {})[ns] = mod.default;
}
provideCatalogs(catalogs);
