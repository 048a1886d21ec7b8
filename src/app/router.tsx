import { createBrowserRouter, createMemoryRouter, matchRoutes, type RouteObject } from 'react-router';
import { NotFoundPage } from '@/components/not-found-page';
import { AppLoading } from './app-loading';
import { AppLayout } from './layout/app-layout';
import { navItems } from './navigation';
import { RequireSession } from './require-session';
import { RouteError } from './route-error';

/**
 * The pages behind sign-in, each its own chunk. `/review` and `/comments` join here when their
 * pages land; their navbar entries (navigation.ts) then appear by themselves.
 */
export const pageRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('@/features/dashboard/dashboard-page')).DashboardPage }) },
  { path: 'articles', lazy: async () => ({ Component: (await import('@/features/articles/articles-list-page')).ArticlesListPage }) },
  { path: 'my-articles', lazy: async () => ({ Component: (await import('@/features/articles/articles-list-page')).MyArticlesPage }) },
  { path: 'articles/new', lazy: async () => ({ Component: (await import('@/features/editor/editor-page')).EditorPage }) },
  { path: 'articles/:id/edit', lazy: async () => ({ Component: (await import('@/features/editor/editor-page')).EditorPage }) },
  { path: 'articles/:id/preview', lazy: async () => ({ Component: (await import('@/features/editor/preview-page')).PreviewPage }) },
  { path: 'review', lazy: async () => ({ Component: (await import('@/features/review/review-queue-page')).ReviewQueuePage }) },
  { path: 'review/:id', lazy: async () => ({ Component: (await import('@/features/review/review-article-page')).ReviewArticlePage }) },
  { path: 'calendar', lazy: async () => ({ Component: (await import('@/features/review/calendar-page')).CalendarPage }) },
  { path: 'settings', lazy: async () => ({ Component: (await import('@/features/settings/settings-page')).SettingsPage }) },
];

/** A navbar path has a page when it matches a page route (not the 404 catch-all). */
export function isRouted(to: string, routes: RouteObject[] = pageRoutes): boolean {
  return Boolean(matchRoutes([{ path: '/', children: routes }], to));
}

const visibleNav = navItems.filter((item) => isRouted(item.to));

export function createRoutes(): RouteObject[] {
  return [
    {
      errorElement: <RouteError fullPage />,
      hydrateFallbackElement: <AppLoading />,
      children: [
        { path: 'sign-in', lazy: async () => ({ Component: (await import('@/features/auth/sign-in-page')).SignInPage }) },
        {
          path: '/',
          element: (
            <RequireSession>
              <AppLayout navItems={visibleNav} />
            </RequireSession>
          ),
          children: [
            // Pathless, so a page that fails to load shows its error inside the shell, navbar intact.
            { errorElement: <RouteError />, children: [...pageRoutes, { path: '*', element: <NotFoundPage /> }] },
          ],
        },
      ],
    },
  ];
}

export type AppRouter = ReturnType<typeof createBrowserRouter>;

export const createAppRouter = (): AppRouter => createBrowserRouter(createRoutes());

/** For tests: the same routes, starting at `initialEntry`, without touching the window's history. */
export const createTestRouter = (initialEntry: string): AppRouter =>
  createMemoryRouter(createRoutes(), { initialEntries: [initialEntry] });
