import { MantineProvider } from '@mantine/core';
import type { Root } from 'react-dom/client';
import { loadConfig, type RuntimeConfig } from '@/api/config';
import type { NewsroomApi } from '@/api/port';
import { withReauth } from '@/api/reauth';
import { loadApi } from '@/api/registry';
import { i18nReady, initI18n } from '@/i18n';
import { ConfigErrorScreen } from './config-error-screen';
import { startDemoBackend } from './demo';
import { AppProviders } from './providers';
import { createQueryClient } from './query-client';
import { AppRouterProvider, createAppRouter, type AppRouter } from './router';
import { createSignInPrompt } from './sign-in-prompt';
import { providerSettings, theme } from './theme';

export type StartOptions = {
  /** Tests use a memory router; the app uses the browser's history. */
  createRouter?: () => AppRouter;
  env?: 'default' | 'test';
};

/**
 * Reads the runtime config, starts the demo backend if asked (before anything can call it), builds
 * the port and renders. A config that cannot be used renders an explanation instead of the app.
 */
export async function start(root: Root, { createRouter = createAppRouter, env = 'default' }: StartOptions = {}): Promise<void> {
  initI18n();
  // The config and the adapter load while the catalogs do: three round trips side by side, not in a row.
  const loading = loadConfig().then(async (config) => ({ config, api: await loadApi(config) }));
  loading.catch(() => undefined);
  await i18nReady();
  const fail = (error: unknown, reason?: 'demo') =>
    root.render(
      <MantineProvider theme={theme} {...providerSettings} env={env}>
        <ConfigErrorScreen error={error} reason={reason} />
      </MantineProvider>,
    );

  let config: RuntimeConfig;
  let rawApi: NewsroomApi;
  try {
    ({ config, api: rawApi } = await loading);
  } catch (error) {
    return fail(error);
  }
  try {
    await startDemoBackend(config);
  } catch (error) {
    return fail(error, 'demo');
  }
  const prompt = createSignInPrompt();
  const api = withReauth(rawApi, prompt.request);
  const router = createRouter();
  root.render(
    <AppProviders api={api} prompt={prompt} queryClient={createQueryClient()} env={env}>
      <AppRouterProvider router={router} />
    </AppProviders>,
  );
}
