import { useAppShellContext } from '@mantine/core';
import { lazy, Suspense, type ComponentType } from 'react';

type Props = { section: 'header' | 'navbar' | 'aside' | 'footer'; sectionId?: string };

const Real = lazy(async () => {
  // @ts-expect-error the build resolves this name to Mantine's own AppShellResizeHandle module
  const real: { AppShellResizeHandle: ComponentType<Props> } = await import('newsroom:mantine-app-shell-resize-handle');
  return { default: real.AppShellResizeHandle };
});

/**
 * Stands in for Mantine's AppShellResizeHandle where the AppShell's bars render it (see
 * vite.config.ts). The handle draws nothing unless a bar is made resizable, which the app's shell is
 * not; the drag logic loads if one ever is, instead of riding along with every screen.
 */
export function AppShellResizeHandle(props: Props) {
  const ctx = useAppShellContext() as { resize?: Partial<Record<Props['section'], { enabled?: boolean }>> };
  if (!ctx.resize?.[props.section]?.enabled) return null;
  return (
    <Suspense fallback={null}>
      <Real {...props} />
    </Suspense>
  );
}
