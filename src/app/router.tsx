import { Suspense, type ComponentType } from 'react';
import { matchRoutes, UNSAFE_createBrowserHistory, UNSAFE_createMemoryHistory, useRoutes, type Location, type RouteObject, type To } from 'react-router';
import { NotFoundPage } from '@/components/not-found-page';
import { guardHistory, type GuardedHistory, type History } from '@/components/routing/guarded-history';
import { HistoryRouter } from '@/components/routing/history-router';
import { lazyPage } from '@/components/routing/page-loads';
import { loadNamespaces } from '@/i18n';
import { AppLoading } from './app-loading';
import { AppLayout } from './layout/app-layout';
import { navItems } from './navigation';
import { RequireSession } from './require-session';
import { RouteErrorBoundary } from './route-error';

// react-router in declarative mode (`useRoutes` over our own history): its data router
// (`createBrowserRouter`, route `lazy`, `errorElement`, `useBlocker`, `useNavigation`) weighed 16 kB
// gzip more on the first screens. What we used of it is here instead: pages are lazy components under
// one Suspense (navigations render as transitions, so the current page stays while the next one's
// code downloads), errors are caught by boundaries (route-error.tsx, AppLayout), navigations are held
// back by `useLeaveBlocker`, and `usePendingNavigation` says where the app is going.

/**
 * A page chunk together with the catalogs it speaks, so it never renders raw keys. Every page shows
 * articles' statuses and errors in their words (`articles`); the shell's namespaces are already here.
 */
const page = <P extends object>(chunk: () => Promise<ComponentType<P>>, ...ns: string[]) =>
  lazyPage(async () => (await Promise.all([chunk(), loadNamespaces('articles', ...ns), import('./mantine-styles-rest')]))[0]);

// The dashboard's code is in the first screens' chunk and its components' styles in their CSS.
const DashboardPage = lazyPage(async () => (await Promise.all([import('@/features/dashboard/dashboard-page'), loadNamespaces('dashboard', 'articles')]))[0].DashboardPage);
const ArticlesListPage = page(async () => (await import('@/features/articles/articles-list-page')).ArticlesListPage);
const MyArticlesPage = page(async () => (await import('@/features/articles/articles-list-page')).MyArticlesPage);
const EditorPage = page(async () => (await import('@/features/editor/editor-page')).EditorPage, 'editor', 'review');
const PreviewPage = page(async () => (await import('@/features/editor/preview-page')).PreviewPage, 'editor', 'review');
const ReviewQueuePage = page(async () => (await import('@/features/review/review-queue-page')).ReviewQueuePage, 'review', 'editor');
const ReviewArticlePage = page(async () => (await import('@/features/review/review-article-page')).ReviewArticlePage, 'review', 'editor');
const CalendarPage = page(async () => (await import('@/features/review/calendar-page')).CalendarPage, 'review', 'editor');
const CommentsPage = page(async () => (await import('@/features/comments/comments-page')).CommentsPage, 'comments');
const SettingsPage = page(async () => (await import('@/features/settings/settings-page')).SettingsPage, 'settings');
const SignInPage = lazyPage(async () => (await import('@/features/auth/sign-in-page')).SignInPage);

/** The pages behind sign-in, each its own chunk; a navbar entry (navigation.ts) shows once its page is here. */
export const pageRoutes: RouteObject[] = [
  { index: true, element: <DashboardPage /> },
  { path: 'articles', element: <ArticlesListPage /> },
  { path: 'my-articles', element: <MyArticlesPage /> },
  // One element for both: going from /articles/new to the created article's address keeps the editor.
  { path: 'articles/new', element: <EditorPage /> },
  { path: 'articles/:id/edit', element: <EditorPage /> },
  { path: 'articles/:id/preview', element: <PreviewPage /> },
  { path: 'review', element: <ReviewQueuePage /> },
  { path: 'review/:id', element: <ReviewArticlePage /> },
  { path: 'calendar', element: <CalendarPage /> },
  { path: 'comments', element: <CommentsPage /> },
  { path: 'settings', element: <SettingsPage /> },
];

/** A navbar path has a page when it matches a page route (not the 404 catch-all). */
export function isRouted(to: string, routes: RouteObject[] = pageRoutes): boolean {
  return Boolean(matchRoutes([{ path: '/', children: routes }], to));
}

const visibleNav = navItems.filter((item) => isRouted(item.to));

export function createRoutes(): RouteObject[] {
  return [
    { path: 'sign-in', element: <SignInPage /> },
    {
      path: '/',
      element: (
        <RequireSession>
          <AppLayout navItems={visibleNav} />
        </RequireSession>
      ),
      // The shell's own error boundary keeps a failed page inside it, navbar intact.
      children: [...pageRoutes, { path: '*', element: <NotFoundPage /> }],
    },
  ];
}

/**
 * The app's history and routes. `state` and `navigate` read and move it from outside React, as
 * tests do; the app itself navigates with links and `useNavigate`.
 */
export type AppRouter = {
  history: GuardedHistory;
  routes: RouteObject[];
  readonly state: { location: Location; historyAction: GuardedHistory['action'] };
  navigate: (to: To | number) => Promise<void>;
};

export function createRouterOver(base: History, routes: RouteObject[] = createRoutes()): AppRouter {
  const history = guardHistory(base);
  return {
    history,
    routes,
    get state() {
      return { location: history.location, historyAction: history.action };
    },
    navigate: async (to) => (typeof to === 'number' ? history.go(to) : history.push(to)),
  };
}

export const createAppRouter = (): AppRouter => createRouterOver(UNSAFE_createBrowserHistory({ v5Compat: true }));

/** For tests: the same routes (or others), starting at `initialEntry`, without touching the window's history. */
export const createTestRouter = (initialEntry: string, routes?: RouteObject[]): AppRouter =>
  createRouterOver(UNSAFE_createMemoryHistory({ initialEntries: [initialEntry], v5Compat: true }), routes);

function Routes({ routes }: { routes: RouteObject[] }) {
  return useRoutes(routes);
}

/**
 * The routes on screen. Until the first page's code is here, the loading screen; after that a
 * navigation waits on the current page (see HistoryRouter).
 */
export function AppRouterProvider({ router }: { router: AppRouter }) {
  return (
    <HistoryRouter history={router.history}>
      <RouteErrorBoundary>
        <Suspense fallback={<AppLoading />}>
          <Routes routes={router.routes} />
        </Suspense>
      </RouteErrorBoundary>
    </HistoryRouter>
  );
}
