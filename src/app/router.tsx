import { createBrowserRouter, createMemoryRouter, matchRoutes, type RouteObject } from 'react-router';
import { NotFoundPage } from '@/components/not-found-page';
import { loadNamespaces } from '@/i18n';
import { AppLoading } from './app-loading';
import { AppLayout } from './layout/app-layout';
import { navItems } from './navigation';
import { RequireSession } from './require-session';
import { RouteError } from './route-error';

/** A page chunk together with the catalogs it speaks, so it never renders raw keys. */
const page = async <T,>(chunk: Promise<T>, ...ns: string[]): Promise<T> =>
  (await Promise.all([chunk, loadNamespaces(...ns), import('./mantine-styles-rest')]))[0];

/** The pages behind sign-in, each its own chunk; a navbar entry (navigation.ts) shows once its page is here. */
export const pageRoutes: RouteObject[] = [
  { index: true, lazy: async () => ({ Component: (await import('@/features/dashboard/dashboard-page')).DashboardPage }) },
  { path: 'articles', lazy: async () => ({ Component: (await page(import('@/features/articles/articles-list-page'))).ArticlesListPage }) },
  { path: 'my-articles', lazy: async () => ({ Component: (await page(import('@/features/articles/articles-list-page'))).MyArticlesPage }) },
  { path: 'articles/new', lazy: async () => ({ Component: (await page(import('@/features/editor/editor-page'), 'editor', 'review')).EditorPage }) },
  { path: 'articles/:id/edit', lazy: async () => ({ Component: (await page(import('@/features/editor/editor-page'), 'editor', 'review')).EditorPage }) },
  { path: 'articles/:id/preview', lazy: async () => ({ Component: (await page(import('@/features/editor/preview-page'), 'editor', 'review')).PreviewPage }) },
  { path: 'review', lazy: async () => ({ Component: (await page(import('@/features/review/review-queue-page'), 'review', 'editor')).ReviewQueuePage }) },
  { path: 'review/:id', lazy: async () => ({ Component: (await page(import('@/features/review/review-article-page'), 'review', 'editor')).ReviewArticlePage }) },
  { path: 'calendar', lazy: async () => ({ Component: (await page(import('@/features/review/calendar-page'), 'review', 'editor')).CalendarPage }) },
  { path: 'comments', lazy: async () => ({ Component: (await page(import('@/features/comments/comments-page'), 'comments')).CommentsPage }) },
  { path: 'settings', lazy: async () => ({ Component: (await page(import('@/features/settings/settings-page'), 'settings')).SettingsPage }) },
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
