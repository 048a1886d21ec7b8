import { AppShell } from '@mantine/core';
import { QueryErrorResetBoundary } from '@tanstack/react-query';
import { useState } from 'react';
import { Outlet, useLocation } from 'react-router';
import { useCurrentUser } from '@/api/session';
import { ErrorBoundary } from '@/components/error-boundary';
import { navItemsFor, type NavItem } from '../navigation';
import { AppHeader } from './app-header';
import { AppNavbar } from './app-navbar';
import { NavigationPrefetch } from './navigation-prefetch';
import { NavigationProgress } from './navigation-progress';

/** The signed-in frame: header, role-fitted navbar (a drawer behind the burger on phones), the page. */
export function AppLayout({ navItems }: { navItems: readonly NavItem[] }) {
  const user = useCurrentUser();
  const location = useLocation();
  const [navOpen, setNavOpen] = useState(false);
  const [openedAt, setOpenedAt] = useState(location.pathname);
  const items = navItemsFor(user, () => true, navItems);

  // On phones the navbar covers the page: close it once a destination is chosen.
  if (openedAt !== location.pathname) {
    setOpenedAt(location.pathname);
    setNavOpen(false);
  }

  return (
    <AppShell
      header={{ height: 56 }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !navOpen } }}
      padding={{ base: 'md', sm: 'lg' }}
    >
      <AppShell.Header>
        <AppHeader navOpen={navOpen} onToggleNav={() => setNavOpen((open) => !open)} />
        <NavigationProgress />
        <NavigationPrefetch />
      </AppShell.Header>
      <AppShell.Navbar p="sm">
        <AppNavbar items={items} />
      </AppShell.Navbar>
      <AppShell.Main>
        <QueryErrorResetBoundary>
          {({ reset }) => (
            <ErrorBoundary resetKey={location.key} onReset={reset}>
              <Outlet />
            </ErrorBoundary>
          )}
        </QueryErrorResetBoundary>
      </AppShell.Main>
    </AppShell>
  );
}
