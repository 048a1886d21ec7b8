import { lazy, useSyncExternalStore, type ComponentType } from 'react';

let loading = 0;
const watchers = new Set<() => void>();
const tell = () => watchers.forEach((watch) => watch());

/**
 * A page as a lazy component whose download is counted, so the app can show that the next page is
 * on its way (and fetch its data beside it). React asks for the code while rendering, when no
 * other component may be told of a change: the count is announced a microtask later.
 */
export function lazyPage<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => {
    loading += 1;
    queueMicrotask(tell);
    try {
      return { default: await load() };
    } finally {
      loading -= 1;
      tell();
    }
  });
}

const subscribe = (watch: () => void) => {
  watchers.add(watch);
  return () => {
    watchers.delete(watch);
  };
};

/** Whether some page's code is downloading. */
export const usePageLoading = (): boolean => useSyncExternalStore(subscribe, () => loading > 0, () => false);
