import { MutationCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from 'antd';
import { useState, type ReactNode } from 'react';
import { onSessionLost } from './session';

/**
 * The data cache. Reads are cached per method and input; after any successful write every query on
 * screen is refetched (the backend is local, so this is cheap and never shows stale rows). Write errors
 * are shown as a Chinese toast unless the caller shows them inline. A call refused for want of a session
 * re-reads auth.status, which brings up the login (see AuthGate), and waits to be sent again (api/session).
 */
export function DataProvider({ children }: { children: ReactNode }) {
  const { message } = App.useApp();
  const [client] = useState(() => {
    const queryClient: QueryClient = new QueryClient({
      mutationCache: new MutationCache({
        onError: (error, _input, _context, mutation) => {
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
    // Subscribed as the cache is made, before any page can send a call.
    onSessionLost(() => void queryClient.invalidateQueries({ queryKey: ['auth.status'] }));
    return queryClient;
  });
  return <QueryClientProvider client={client}>{children}</QueryClientProvider>;
}
