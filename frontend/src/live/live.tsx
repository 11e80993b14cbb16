import { createContext, Fragment, type ComponentChildren } from 'preact';
import { useContext, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { useSession } from '../session/session';
import { t } from '../i18n';
import { splitMarkup } from '../i18n/Markup';
import { live as appLive, type LiveClient, type LiveHandler, type LiveStatus } from './index';

interface LiveContextValue {
  client: LiveClient;
  /** True while signed in: only then are there live features. */
  enabled: boolean;
  status: LiveStatus;
}

const LiveContext = createContext<LiveContextValue | null>(null);

/**
 * Connects the live client while someone is signed in (and reconnects as the next person after a
 * change of user); stops it on sign-out. Goes inside <SessionProvider>.
 */
export function LiveProvider({
  client = appLive,
  children,
}: {
  client?: LiveClient;
  children: ComponentChildren;
}) {
  const { me } = useSession();
  const userId = me?.id ?? null;
  const [status, setStatus] = useState<LiveStatus>(client.status);

  useEffect(() => {
    setStatus(client.status);
    return client.onStatus(setStatus);
  }, [client]);

  useEffect(() => {
    if (userId === null) return;
    client.start();
    return () => client.stop();
  }, [client, userId]);

  const value = useMemo(() => ({ client, enabled: userId !== null, status }), [client, userId, status]);
  return (
    <LiveContext.Provider value={value}>
      {userId !== null && <UserNotifications userId={userId} />}
      {children}
    </LiveContext.Provider>
  );
}

/** The user's own channel: a change to their memberships re-reads who they are (/me). */
function UserNotifications({ userId }: { userId: string }) {
  const { reload } = useSession();
  useLiveChannel(userChannel(userId), (message) => {
    if (message.type === 'event' && message.kind === 'notification') void reload();
  });
  return null;
}

export const userChannel = (userId: string) => `user:${userId}`;

function useLiveContext(): LiveContextValue {
  const value = useContext(LiveContext);
  if (!value) throw new Error('live hooks must be used inside <LiveProvider>');
  return value;
}

/** Whether live features are on (signed in), and the connection's status. */
export function useLive(): { enabled: boolean; status: LiveStatus } {
  const { enabled, status } = useLiveContext();
  return { enabled, status };
}

/**
 * Calls `handler` with every live message of `channel` (null: none) while the component is mounted
 * and someone is signed in. The latest `handler` is always used; it need not be stable.
 */
export function useLiveChannel(channel: string | null, handler: LiveHandler): void {
  const { client, enabled } = useLiveContext();
  const handlerRef = useRef(handler);
  handlerRef.current = handler;

  useEffect(() => {
    if (!enabled || channel === null) return;
    return client.subscribe(channel, (message) => handlerRef.current(message));
  }, [client, enabled, channel]);
}

/**
 * What the indicator says, a whole sentence per status: the words in `<shown>` are visible, the
 * rest is for screen readers only ("Live updates: Connecting…", "Live updates on").
 */
const statusText: Record<Exclude<LiveStatus, 'stopped'>, () => string> = {
  connecting: () => t('live-status-connecting'),
  connected: () => t('live-status-connected'),
  reconnecting: () => t('live-status-reconnecting'),
};

/** A small "Live" / "Reconnecting…" label, in words (the dot is decoration). Nothing when off. */
export function LiveIndicator() {
  const { enabled, status } = useLive();
  if (!enabled || status === 'stopped') return null;
  const parts = splitMarkup(statusText[status](), { shown: <Fragment /> });
  return (
    <span class={`live-status live-status--${status}`}>
      <span class="live-status__dot" aria-hidden="true" />
      {parts.map((part, index) =>
        typeof part === 'string' ? (
          <span key={index} class="visually-hidden">
            {part}
          </span>
        ) : (
          part
        ),
      )}
    </span>
  );
}
