import { createContext, useContext, type ReactNode } from 'react';
import type { NewsroomApi } from './port';

const ApiContext = createContext<NewsroomApi | null>(null);

export function ApiProvider({ api, children }: { api: NewsroomApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

/** The port, as configured by the app. Features call it only through query/mutation hooks. */
export function useApi(): NewsroomApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi() outside <ApiProvider>');
  return api;
}
