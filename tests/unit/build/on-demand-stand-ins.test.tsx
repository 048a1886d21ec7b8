import { AppShell, MantineProvider, useAppShellResize } from '@mantine/core';
import { render, screen, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { AppShellResizeHandle } from '@/app/vendor/app-shell-resize-handle';
import { ScrollArea } from '@/app/vendor/table-scroll-area';

const wrap = (node: ReactNode) => render(<MantineProvider env="test">{node}</MantineProvider>);

function Shell({ resizable }: { resizable: boolean }) {
  const resize = useAppShellResize({ navbar: resizable ? { min: 200, max: 400, label: 'Kéo để đổi bề rộng' } : undefined });
  return (
    <AppShell navbar={{ width: 260, breakpoint: 'sm' }} resize={resize}>
      <AppShell.Navbar>
        nav
        <AppShellResizeHandle section="navbar" />
      </AppShell.Navbar>
    </AppShell>
  );
}

describe('the build’s on-demand stand-ins for parts of Mantine', () => {
  it('draws no resize handle for a bar that is not resizable, and the real one for a bar that is', async () => {
    // Under test the navbar keeps its own handle too: the stand-in's is the second one.
    const { unmount } = wrap(<Shell resizable={false} />);
    expect(screen.queryAllByRole('separator')).toHaveLength(0);
    unmount();
    wrap(<Shell resizable />);
    await waitFor(() => expect(screen.getAllByRole('separator', { name: 'Kéo để đổi bề rộng' })).toHaveLength(2), { timeout: 5000 });
  });

  it('loads the real ScrollArea when a table asks for one', async () => {
    wrap(<ScrollArea data-testid="area">rows</ScrollArea>);
    expect(await screen.findByText('rows')).toBeInTheDocument();
  });
});
