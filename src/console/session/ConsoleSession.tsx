import {useEffect, useState, type ReactNode} from 'react';
import {useQuery, useQueryClient} from '@tanstack/react-query';
import {api, call, setCsrfToken} from '@site/src/api/client';
import {ApiError} from '@site/src/api/problem';
import {useText} from '@site/src/components/i18n';
import {ProblemNotice} from '@site/src/support/shell/ProblemNotice';
import {consoleText} from '../text';
import SignInForm from './SignInForm';
import {SessionContext, type SignedInUser} from './useSession';

const meKey = ['auth', 'me'] as const;

/**
 * The console's gate: who is signed in (GET /auth/me with the session cookie). Without a session, or when it
 * ends while the agent works (any call answering 401), the sign-in form takes the page's place; the page and
 * everything typed into it (drafts live in this browser) come back after signing in.
 */
export default function ConsoleSession({children}: {children: ReactNode}): ReactNode {
  const t = useText(consoleText);
  const client = useQueryClient();
  const [ended, setEnded] = useState(false);
  const me = useQuery({
    queryKey: meKey,
    queryFn: async () => {
      const answer = await call(api.GET('/auth/me'));
      setCsrfToken(answer.csrfToken ?? null);
      return answer.user;
    },
    staleTime: 60_000,
    retry: false,
  });

  // Any call refused as unauthenticated means the session is over: show sign-in, keep the page.
  useEffect(() => {
    // Cache events repeat a stale error (a refetch starting, an observer re-rendering): each 401 counts once.
    const seen = new WeakSet<ApiError>();
    const sessionOver = (error: unknown) => {
      if (!(error instanceof ApiError && error.status === 401) || seen.has(error)) return;
      seen.add(error);
      setEnded(true);
      void client.invalidateQueries({queryKey: meKey});
    };
    const queries = client.getQueryCache().subscribe((event) => {
      if (event.type === 'updated' && event.query.queryKey[0] !== 'auth') sessionOver(event.query.state.error);
    });
    const mutations = client.getMutationCache().subscribe((event) => {
      if (event.type === 'updated') sessionOver(event.mutation?.state.error);
    });
    return () => {
      queries();
      mutations();
    };
  }, [client]);

  const signedIn = (user: SignedInUser, csrfToken: string) => {
    setCsrfToken(csrfToken);
    client.setQueryData(meKey, user);
    setEnded(false);
    void client.invalidateQueries({predicate: (query) => query.queryKey[0] !== 'auth'});
  };
  const signOut = async () => {
    await call(api.POST('/auth/logout')).catch(() => undefined);
    setCsrfToken(null);
    client.clear();
    window.location.assign(window.location.pathname.startsWith('/en/') ? '/en/console' : '/console');
  };

  if (me.isPending) return <p role="status">{t.loading}</p>;
  const unauthenticated = me.isError && me.error instanceof ApiError && me.error.status === 401;
  if (unauthenticated || ended) return <SignInForm notice={ended || me.data ? t.sessionEnded : null} onSignedIn={signedIn} />;
  if (me.isError) return <ProblemNotice error={me.error} onRetry={() => me.refetch()} />;
  return <SessionContext.Provider value={{user: me.data, signOut}}>{children}</SessionContext.Provider>;
}
