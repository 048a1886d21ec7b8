import type { TFunction } from 'i18next';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import i18next from 'i18next';

// The app's one i18next instance, read by components. What react-i18next's hook does for an app that
// never suspends on catalogs and has one instance: re-render on a language switch or a catalog
// arriving, and fetch a namespace a component speaks that is not here yet.

let revision = 0;
const listeners = new Set<() => void>();
const changed = () => {
  revision += 1;
  listeners.forEach((listener) => listener());
};
let listening = false;

function subscribe(listener: () => void): () => void {
  if (!listening) {
    listening = true;
    for (const event of ['initialized', 'languageChanged', 'loaded'] as const) i18next.on(event, changed);
  }
  listeners.add(listener);
  return () => listeners.delete(listener);
}

const getRevision = () => revision;

export type Translation = {
  /** Looks keys up in the first namespace; the others are reached as `ns:key`. */
  t: TFunction;
  i18n: typeof i18next;
  /** Every namespace asked for is loaded (until then `t` answers with the key). */
  ready: boolean;
};

export function useTranslation(ns?: string | readonly string[]): Translation {
  const key = ns === undefined ? '' : typeof ns === 'string' ? ns : ns.join(',');
  const seen = useSyncExternalStore(subscribe, getRevision, getRevision);
  const namespaces = useMemo(() => (key ? key.split(',') : [String(i18next.options.defaultNS ?? 'common')]), [key]);
  const lng = i18next.language;
  const ready = i18next.isInitialized && namespaces.every((n) => i18next.hasLoadedNamespace(n));
  // A new function whenever what it answers may have changed, so memoised children render again.
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const t = useMemo(() => i18next.getFixedT(lng, namespaces[0]) as TFunction, [lng, namespaces, seen]);
  useEffect(() => {
    if (!ready && i18next.isInitialized) void i18next.loadNamespaces(namespaces);
  }, [ready, namespaces, seen]);
  return { t, i18n: i18next, ready };
}
