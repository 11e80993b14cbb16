import { createContext, type ComponentChildren } from 'preact';
import { useCallback, useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { api, type LoginRequest, type Me, type RegisterRequest } from '../api';

/**
 * What must go from the device when a person signs out (a shared phone keeps nothing of theirs):
 * features add their own forgetting here (the offline report drafts and queue).
 */
export const beforeSignOut = new Set<(userId: string) => Promise<void>>();

export type SessionState = { status: 'loading' } | { status: 'signed-out' } | { status: 'signed-in'; me: Me };

export interface Session {
  state: SessionState;
  /** The signed-in user, or null while loading or signed out. */
  me: Me | null;
  signIn(credentials: LoginRequest): Promise<void>;
  /** Creates the account, then signs in with the same credentials. */
  signUp(details: RegisterRequest): Promise<void>;
  signOut(): Promise<void>;
  /** Re-reads /me, e.g. after joining a neighbourhood. */
  reload(): Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ComponentChildren }) {
  const [state, setState] = useState<SessionState>(() =>
    api.client.hasSession ? { status: 'loading' } : { status: 'signed-out' },
  );

  const signedIn = useRef(false);
  signedIn.current = state.status === 'signed-in';

  const reload = useCallback(async () => {
    if (!api.client.hasSession) {
      setState({ status: 'signed-out' });
      return;
    }
    try {
      setState({ status: 'signed-in', me: await api.me.get() });
    } catch {
      // Refused or unreachable: show the signed-out view; a stored token is kept unless the
      // server refused it, so a later reload can resume.
      setState({ status: 'signed-out' });
    }
  }, []);

  useEffect(() => {
    void reload();
    // Opened offline, the session could not be checked (the token was kept): check again when
    // the connection is back, so the app (and the offline queue) go on as the person.
    const retry = () => {
      if (api.client.hasSession && !signedIn.current) void reload();
    };
    window.addEventListener('online', retry);
    const stop = api.client.onSessionEnd(() => setState({ status: 'signed-out' }));
    return () => {
      window.removeEventListener('online', retry);
      stop();
    };
  }, [reload]);

  const signIn = useCallback(async (credentials: LoginRequest) => {
    await api.auth.login(credentials);
    setState({ status: 'signed-in', me: await api.me.get() });
  }, []);

  const signUp = useCallback(
    async (details: RegisterRequest) => {
      await api.auth.register(details);
      await signIn({ email: details.email, password: details.password });
    },
    [signIn],
  );

  const signOut = useCallback(async () => {
    if (state.status === 'signed-in') {
      const userId = state.me.id;
      await Promise.all([...beforeSignOut].map((forget) => forget(userId).catch(() => undefined)));
    }
    try {
      await api.auth.logout();
    } catch {
      // The local tokens are gone whatever the server said; nothing more to do.
    }
    setState({ status: 'signed-out' });
  }, [state]);

  const value = useMemo<Session>(
    () => ({
      state,
      me: state.status === 'signed-in' ? state.me : null,
      signIn,
      signUp,
      signOut,
      reload,
    }),
    [state, signIn, signUp, signOut, reload],
  );

  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}
