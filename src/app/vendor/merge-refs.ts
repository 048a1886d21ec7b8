import { useMergedRef } from '@mantine/hooks';
import type { Ref } from 'react';

/**
 * Stands in for `@floating-ui/react` where Mantine's ScrollArea imports only `useMergeRefs` from it
 * (see vite.config.ts): otherwise the whole positioning library, which only menus, popovers and
 * tooltips need, would ride along with the first screens.
 */
export function useMergeRefs<T>(refs: ReadonlyArray<Ref<T> | undefined>) {
  return useMergedRef<T>(...refs);
}
