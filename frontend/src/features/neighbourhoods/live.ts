import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { LiveMessage } from '../../live/client';
import { useLive, useLiveChannel, userChannel } from '../../live/live';
import { changesPage, describeEvent, memberCountOf, type Names } from './describe';

export interface FeedItem {
  key: string;
  text: string;
  /** RFC 3339. */
  at: string;
}

export interface NeighbourhoodLive {
  /** False when signed out: no live features then. */
  enabled: boolean;
  /** Members connected now, once the server has said. */
  online: number | null;
  /** The member count from the latest event since `basis` was loaded, else null. */
  memberCount: number | null;
  /** The latest events worth a line, newest first. */
  feed: FeedItem[];
}

interface Options<B> {
  /** The viewer, whose own channel tells of changes to their membership here. */
  userId: string | null;
  /** Reloads the page's data over HTTP (debounced here). */
  reload: () => void;
  names: Names;
  /** The data currently shown; a member count from events applies until this changes. */
  basis: B;
  /** How long events gather before one reload; default 200 ms. */
  debounceMs?: number;
  /** How many events the feed keeps; default 10. */
  feedSize?: number;
}

/**
 * Live changes to a neighbourhood page: every change to its members makes the page reload over
 * HTTP (the source of truth, debounced), and shows at once in the member count and the feed.
 * A fresh (not resumed) subscription, a reset, or the end of the subscription reload too: events may
 * have been missed. So do the viewer's own notifications about this neighbourhood.
 */
export function useNeighbourhoodLive<B>(
  id: string | null,
  { userId, reload, names, basis, debounceMs = 200, feedSize = 10 }: Options<B>,
): NeighbourhoodLive {
  const { enabled } = useLive();
  const [online, setOnline] = useState<number | null>(null);
  const [feed, setFeed] = useState<FeedItem[]>([]);
  const [count, setCount] = useState<{ value: number; basis: B } | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ reload, names, basis });
  latest.current = { reload, names, basis };

  const scheduleReload = useCallback(() => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current.reload();
    }, debounceMs);
  }, [debounceMs]);

  // A different neighbourhood (or user) starts afresh.
  useEffect(() => {
    setOnline(null);
    setFeed([]);
    setCount(null);
    return () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    };
  }, [id, enabled]);

  const onMessage = (message: LiveMessage) => {
    switch (message.type) {
      case 'event': {
        const text = describeEvent(message, latest.current.names);
        if (text) {
          const item = { key: `${message.channel}:${message.seq}`, text, at: message.at };
          setFeed((items) => [item, ...items.filter((i) => i.key !== item.key)].slice(0, feedSize));
        }
        // Issue events only reach the feed here: the issue list reloads itself.
        if (!changesPage(message.kind)) return;
        const value = memberCountOf(message);
        if (value !== null) setCount({ value, basis: latest.current.basis });
        scheduleReload();
        return;
      }
      case 'presence':
        setOnline(message.online);
        return;
      case 'subscribed':
        if (!message.resumed) scheduleReload(); // anything between the page's load and now
        return;
      case 'reset':
      case 'unsubscribed':
        scheduleReload();
        return;
      case 'error':
        return; // not visible to this user: the page shows what HTTP says
    }
  };

  useLiveChannel(enabled && id ? `neighbourhood:${id}` : null, onMessage);
  // Events about the viewer may reach the neighbourhood channel only as restricted placeholders
  // (a pending request being approved or rejected); their own notifications say it.
  useLiveChannel(enabled && id && userId ? userChannel(userId) : null, (message) => {
    if (
      message.type === 'event' &&
      message.kind === 'notification' &&
      message.data?.neighbourhood_id === id
    ) {
      scheduleReload();
    }
  });

  return {
    enabled,
    online: enabled ? online : null,
    memberCount: count !== null && count.basis === basis ? count.value : null,
    feed: enabled ? feed : [],
  };
}
