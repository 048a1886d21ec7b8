/**
 * Render the real app (or one component) in jsdom, with the demo backend answering through MSW.
 *
 * Importing this file wires MSW for the test file — do not call `server.listen()` yourself:
 *   - before all tests: `server.listen({ onUnhandledRequest: 'error' })`;
 *   - before each test: a fresh demo store (`resetStore()`), empty localStorage/sessionStorage,
 *     Vietnamese as the language;
 *   - after each test: `server.resetHandlers()` (drops `server.use()` overrides).
 *
 * `renderApp({ route, user })` mounts the whole app: providers (Mantine in test mode — no transitions,
 * no portals — i18n, TanStack Query, the port wrapped with the sign-in-again dialog, the session) and
 * the app's router in memory, starting at `route`. With `user`, that demo account is signed in first
 * (its token in sessionStorage, as after a reload), and the promise resolves once the session is
 * restored, so the first `findBy…` already sees the signed-in page.
 *
 *   const { user } = await renderApp({ route: '/articles?status=draft', user: 'editor_in_chief' });
 *   await user.click(await screen.findByRole('link', { name: 'Tất cả bài viết' }));
 *
 * `user` is a role (`'reporter' | 'editor_in_chief' | 'moderator'`: that role's first demo account)
 * or a demo username (`'phongvien2'`). The returned `user` is a user-event instance; `account` is the
 * signed-in User. `router.state.location` tells where the app is.
 *
 * `renderWithProviders(ui, { route, user })` does the same for one component, rendered at `route`
 * inside the same providers (router hooks and `<Link>` work).
 *
 * Error cases: `server.use(http.get('*\/api/articles', () => HttpResponse.json({…}, { status: 500 })))`.
 * Transient failures (5xx, network, 429) are retried by TanStack Query as in the app, without delay.
 */
import { notifications } from '@mantine/notifications';
import { configure, render, waitFor, type RenderResult } from '@testing-library/react';
import userEvent, { type UserEvent } from '@testing-library/user-event';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { afterAll, afterEach, beforeAll, beforeEach } from 'vitest';
import type { NewsroomApi } from '@/api/port';
import { withReauth } from '@/api/reauth';
import { createApi } from '@/api/registry';
import { useSession, type SessionState } from '@/api/session';
import { AppProviders } from '@/app/providers';
import { createQueryClient } from '@/app/query-client';
import { AppRouterProvider, createTestRouter, type AppRouter } from '@/app/router';
import { writeToken } from '@/app/session-storage';
import { createSignInPrompt, type SignInPrompt } from '@/app/sign-in-prompt';
import { roles, type Role, type User } from '@/domain';
import { defaultLanguage, i18next, initI18n, storedLanguage, type Language } from '@/i18n';
import { resetStore, server, signIn, store } from '@mocks/node';
import { clearLocalCopies } from '@/features/editor/autosave/local-copy';

export { server };

/** Where the demo backend answers in tests (mocks/node.ts). */
export const TEST_API_BASE = '/api';

// Each page is a lazy chunk that Vite transforms on first use, which takes a few seconds in a cold
// test worker; the default 1 s for `findBy…` would fail on timing, not on behaviour.
configure({ asyncUtilTimeout: 5000 });

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
beforeEach(async () => {
  resetStore();
  localStorage.clear();
  sessionStorage.clear();
  // A local draft left by the previous test would offer itself for restore in the next one.
  await clearLocalCopies();
  initI18n(defaultLanguage);
  await i18next.changeLanguage(defaultLanguage);
  // Mantine keeps toasts in a module-wide store: the previous test's would fill the visible ones.
  notifications.clean();
});
afterEach(() => server.resetHandlers());
afterAll(() => server.close());

export type RenderAppOptions = {
  /** The URL to start at, e.g. `/articles?status=draft`. Default `/`. */
  route?: string;
  /** Sign this demo account in first: a role (its first account) or a username. */
  user?: Role | string;
  /** Defaults to the remembered language (Vietnamese unless a test switched it). */
  language?: Language;
  /** A different port (e.g. another adapter); it is wrapped with the sign-in dialog like the app's. */
  api?: NewsroomApi;
  /** A route tree instead of the app's, e.g. the app's shell around a page written for the test. */
  routes?: RouteObject[];
};

export type RenderAppResult = RenderResult & {
  user: UserEvent;
  /** The signed-in demo account, or null. */
  account: User | null;
  router: AppRouter;
  /** The port as pages see it (wrapped). */
  api: NewsroomApi;
  queryClient: QueryClient;
  prompt: SignInPrompt;
  /** The session as the app currently sees it. */
  session: () => SessionState;
};

/** The demo account for a role or username. */
export function demoAccount(who: Role | string): User {
  const isRole = (roles as readonly string[]).includes(who);
  const account = store.db.users.find((u) => (isRole ? u.roles.includes(who as Role) : u.username === who));
  if (!account) throw new Error(`No demo account for "${who}"`);
  return account;
}

/** Renders its children once the session is known, as the app's guard does for its pages. */
function WhenSessionKnown({ children }: { children: ReactNode }) {
  return useSession().status === 'restoring' ? null : children;
}

function SessionProbe({ onChange }: { onChange: (s: SessionState) => void }) {
  onChange(useSession());
  return null;
}

async function mount(
  content: (router: AppRouter) => ReactNode,
  createRouter: () => AppRouter,
  { user: who, language, api: given }: RenderAppOptions,
): Promise<RenderAppResult> {
  initI18n(language ?? storedLanguage());
  let account: User | null = null;
  if (who) {
    const session = signIn(demoAccount(who).username);
    writeToken(session.token);
    account = session.user;
  }
  const prompt = createSignInPrompt();
  const api = withReauth(given ?? createApi({ api: { adapter: 'rest', baseUrl: TEST_API_BASE }, demo: true }), prompt.request);
  const queryClient = createQueryClient({ retryDelay: () => 0 });
  const router = createRouter();
  let current: SessionState | null = null;
  const result = render(
    <AppProviders api={api} prompt={prompt} queryClient={queryClient} env="test">
      <SessionProbe onChange={(s) => (current = s)} />
      {content(router)}
    </AppProviders>,
  );
  const session = () => {
    if (!current) throw new Error('The session provider has not rendered');
    return current;
  };
  await waitFor(() => {
    if (session().status === 'restoring') throw new Error('still restoring the session');
  });
  return { ...result, user: userEvent.setup(), account, router, api, queryClient, prompt, session };
}

/** The whole app at `route`. */
export function renderApp(options: RenderAppOptions = {}): Promise<RenderAppResult> {
  const route = options.route ?? '/';
  return mount((r) => <AppRouterProvider router={r} />, () => createTestRouter(route, options.routes), options);
}

/** One component at `route` (default `/`), inside the app's providers and a router. */
export function renderWithProviders(ui: ReactNode, options: Omit<RenderAppOptions, 'routes'> = {}): Promise<RenderAppResult> {
  const element = <WhenSessionKnown>{ui}</WhenSessionKnown>;
  return mount((r) => <AppRouterProvider router={r} />, () => createTestRouter(options.route ?? '/', [{ path: '*', element }]), options);
}
