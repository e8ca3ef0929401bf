import { MutationCache, QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import { ApiError } from './client';

/**
 * The data cache. Reads are cached per method and input; after any successful write every query on
 * screen is refetched (the backend is local, so this is cheap and never shows stale rows). Write errors
 * are shown as a Chinese toast unless the caller shows them inline. Any refusal for want of a session
 * re-reads auth.status, which brings up the login (see AuthGate).
 */
export function DataProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const [client] = useState(() => {
    const authStatus = ['auth.status'];
    const recheckSession = (error: unknown) => {
      if (error instanceof ApiError && error.code === 'UNAUTHENTICATED') void queryClient.invalidateQueries({ queryKey: authStatus });
    };
    const queryClient: QueryClient = new QueryClient({
      queryCache: new QueryCache({
        // auth.status itself refused means the serve-mode token is stale: AuthGate says so, no re-reading.
        onError: (error, query) => {
          if (query.queryKey[0] !== authStatus[0]) recheckSession(error);
        },
      }),
      mutationCache: new MutationCache({
        onError: (error, _input, _context, mutation) => {
          recheckSession(error);
          if (!mutation.meta?.inlineError) void message.error(error.message);
        },
        onSuccess: () => {
          void queryClient.invalidateQueries();
        },
      }),
      defaultOptions: {
        // Backend errors are not transient: show them at once instead of retrying.
        queries: { retry: false, staleTime: 10_000 },
        mutations: { retry: false },
      },
    });
    return queryClient;
  });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
