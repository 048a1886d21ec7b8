import { MantineProvider } from '@mantine/core';
import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import { useMemo, type ReactNode } from 'react';
import type { NewsroomApi } from '@/api/port';
import { ApiProvider } from '@/api/react';
import { DemoChaosContext } from '@/components/demo-chaos';
import { useTranslation } from '@/i18n';
import { demoChaos } from './demo';
import { NotificationsOnDemand } from './notifications-on-demand';
import { SessionProvider } from './session-provider';
import { SignInPromptHost } from './sign-in-prompt-host';
import type { SignInPrompt } from './sign-in-prompt';
import { providerSettings, themeFor } from './theme';

export type AppProvidersProps = {
  /** The port already wrapped with `withReauth(…, prompt.request)`. */
  api: NewsroomApi;
  prompt: SignInPrompt;
  queryClient: QueryClient;
  /** `test` turns off Mantine's transitions and portals, as its docs advise for jsdom. */
  env?: 'default' | 'test';
  children: ReactNode;
};

/** Everything a page relies on, in dependency order: theme → i18n → data → session → dialogs. */
export function AppProviders({ api, prompt, queryClient, env = 'default', children }: AppProvidersProps) {
  const { t } = useTranslation('common');
  const theme = useMemo(() => themeFor(t('actions.close')), [t]);
  return (
    <MantineProvider theme={theme} {...providerSettings} defaultColorScheme="light" env={env}>
      <QueryClientProvider client={queryClient}>
        <ApiProvider api={api}>
          <SessionProvider>
            <NotificationsOnDemand />
            <DemoChaosContext.Provider value={demoChaos()}>{children}</DemoChaosContext.Provider>
            <SignInPromptHost prompt={prompt} />
          </SessionProvider>
        </ApiProvider>
      </QueryClientProvider>
    </MantineProvider>
  );
}
