import { useEffect, useRef, useState } from 'preact/hooks';
import { isLiveEventKind, type LiveEventKind } from '../../api/kinds';
import { useLive, useLiveChannel, userChannel } from '../../live/live';
import { useChannelEvents } from '../../live/useChannelEvents';
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
  const latest = useRef({ names, basis });
  latest.current = { names, basis };

  // A different neighbourhood (or user) starts afresh.
  useEffect(() => {
    setOnline(null);
    setFeed([]);
    setCount(null);
  }, [id, enabled]);

  const { scheduleReload } = useChannelEvents(id ? `neighbourhood:${id}` : null, {
    // Every event may earn a line in the feed. A kind this version does not know reloads the page
    // when it looks like one that changes it (a newer server's `member.*`).
    accepts: (kind): kind is LiveEventKind => isLiveEventKind(kind) || changesPage(kind),
    reload,
    debounceMs,
    onEvent: (event) => {
      const text = describeEvent(event, latest.current.names);
      if (text) {
        const item = { key: `${event.channel}:${event.seq}`, text, at: event.at };
        setFeed((items) => [item, ...items.filter((i) => i.key !== item.key)].slice(0, feedSize));
      }
      // Issue events only reach the feed here: the issue list reloads itself.
      if (!changesPage(event.kind)) return false;
      const value = memberCountOf(event);
      if (value !== null) setCount({ value, basis: latest.current.basis });
      return true;
    },
    onOther: (message) => {
      // A refusal (`error`) needs nothing: the page shows what HTTP says.
      if (message.type === 'presence') setOnline(message.online);
    },
  });

  // Events about the viewer may reach the neighbourhood channel only as restricted placeholders
  // (a pending request being approved or rejected); their own notifications say it.
  useLiveChannel(enabled && id && userId ? userChannel(userId) : null, (message) => {
    if (message.type === 'event' && message.kind === 'notification' && message.data.neighbourhood_id === id) {
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
