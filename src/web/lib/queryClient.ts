import { MutationCache, QueryCache, QueryClient } from '@tanstack/react-query';
import { ApiError } from './api';

export const ME_KEY = ['auth', 'me'] as const;

/** Set when the server ended the session, so that the login page can say why. */
export const SESSION_EXPIRED_FLAG = 'tuijin.sessionExpired';

/** Lost session → forget the user (the guards send them to /login); pending password change → refetch me. */
function onAuthError(client: QueryClient, error: unknown) {
  if (!(error instanceof ApiError)) return;
  if (error.code === 'UNAUTHENTICATED' || error.code === 'SESSION_EXPIRED') {
    if (client.getQueryData(ME_KEY)) {
      try {
        sessionStorage.setItem(SESSION_EXPIRED_FLAG, '1');
      } catch {
        // Storage unavailable: the login page simply shows no reason.
      }
    }
    client.setQueryData(ME_KEY, null);
  } else if (error.code === 'PASSWORD_CHANGE_REQUIRED') {
    void client.invalidateQueries({ queryKey: ME_KEY });
  }
}

export function createQueryClient(): QueryClient {
  const client: QueryClient = new QueryClient({
    queryCache: new QueryCache({ onError: (error) => onAuthError(client, error) }),
    mutationCache: new MutationCache({ onError: (error) => onAuthError(client, error) }),
    defaultOptions: {
      queries: {
        staleTime: 30_000,
        refetchOnWindowFocus: false,
        retry: (count, error) =>
          !(error instanceof ApiError && error.status < 500 && error.status > 0) && count < 2,
      },
    },
  });
  return client;
}
