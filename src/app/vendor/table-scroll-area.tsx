import { lazy, type ComponentType } from 'react';

/**
 * Stands in for Mantine's ScrollArea where its Table.ScrollContainer imports it (see vite.config.ts).
 * The app's tables scroll natively (the theme's `type: 'native'`), so the container renders a plain
 * `div` and never this; should a table ask for `type="scrollarea"`, the real ScrollArea loads then,
 * instead of riding along with every screen that shows a table.
 */
export const ScrollArea = lazy(async () => {
  // @ts-expect-error the build resolves this name to Mantine's own ScrollArea module
  const real: { ScrollArea: ComponentType<Record<string, unknown>> } = await import('newsroom:mantine-scroll-area');
  return { default: real.ScrollArea };
});
