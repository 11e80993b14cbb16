import { useEffect, useRef } from 'preact/hooks';
import type { LiveEventKind } from '../api/kinds';
import type { LiveEvent, LiveMessage, UnknownLiveEvent } from './client';
import { useLive, useLiveChannel } from './live';

export type { EventData } from './client';

/** A live event of one of the kinds `K`: switching on `kind` narrows `data`. */
export type TypedEvent<K extends LiveEventKind> = Extract<LiveEvent, { kind: K }>;

export interface ChannelEventsOptions<K extends LiveEventKind> {
  /**
   * Which events the caller wants (e.g. `kind.startsWith('issue.')`). Also asked about kinds this
   * version does not know (a newer server's `issue.something`): those it accepts reload without
   * `onEvent`, as they have no typed data; the guard holds for every event `onEvent` gets.
   */
  accepts: (kind: string) => kind is K;
  /** Reloads the caller's data over HTTP; debounced here. */
  reload: () => void;
  /**
   * Told of each accepted event as it arrives (to patch something in place); answers whether the
   * caller should also reload. Without it, every accepted event reloads.
   */
  onEvent?: (event: TypedEvent<K>) => boolean | void;
  /** Every other message of the channel (presence, refusals). */
  onOther?: (message: Exclude<LiveMessage, LiveEvent | UnknownLiveEvent>) => void;
  /** How long events gather before one reload; default 200 ms. */
  debounceMs?: number;
}

/**
 * The events of one channel the caller cares about, with a debounced reload over HTTP (the source
 * of truth) after them and whenever events may have been missed: a fresh (not resumed)
 * subscription, a reset, or the end of the subscription. The channel (null: none) is shared with
 * the rest of the page by the live client. Handlers need not be stable. `scheduleReload` asks for
 * the same debounced reload from elsewhere (another channel's message).
 */
export function useChannelEvents<K extends LiveEventKind>(
  channel: string | null,
  { accepts, reload, onEvent, onOther, debounceMs = 200 }: ChannelEventsOptions<K>,
): { enabled: boolean; scheduleReload: () => void } {
  const { enabled } = useLive();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  // The page loaded its data as it mounted (or as the channel changed), while this subscription
  // was starting: the first `subscribed` after that does not load it all a second time (one
  // fetch per resource per view; docs/live-protocol.md, "The first subscription of a view").
  const firstSubscription = useRef(true);
  const latest = useRef({ accepts, reload, onEvent, onOther });
  latest.current = { accepts, reload, onEvent, onOther };

  useEffect(() => {
    firstSubscription.current = true;
  }, [channel]);

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [channel, enabled],
  );

  const schedule = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current.reload();
    }, debounceMs);
  };

  useLiveChannel(enabled ? channel : null, (message) => {
    switch (message.type) {
      case 'event': {
        if (!latest.current.accepts(message.kind)) return;
        // `accepts` narrowed the kind to `K`; TypeScript cannot carry that to the whole message.
        const tell = latest.current.onEvent;
        const wantsReload = tell ? tell(message as TypedEvent<K>) : true;
        if (wantsReload !== false) schedule();
        return;
      }
      case 'unknown_event':
        // Something the caller may care about changed, in a way this version cannot read.
        if (latest.current.accepts(message.kind)) schedule();
        return;
      case 'subscribed':
        if (firstSubscription.current) firstSubscription.current = false;
        else if (!message.resumed) schedule();
        return;
      case 'reset':
      case 'unsubscribed':
        schedule();
        return;
      default:
        latest.current.onOther?.(message);
        return;
    }
  });

  return { enabled, scheduleReload: schedule };
}
