import { useEffect, useRef } from 'preact/hooks';
import type { LiveEventKind } from '../api/kinds';
import type { Schema } from '../api/types';
import type { LiveEvent, LiveMessage } from './client';
import { useLive, useLiveChannel } from './live';

/** What an event of `kind` carries, as the server's `LiveEvent` union says. */
export type EventData<K extends LiveEventKind> = Extract<Schema<'LiveEvent'>, { kind: K }>['data'];

/** A live event of one of the kinds `K`: switching on `kind` narrows `data`. */
export type TypedEvent<K extends LiveEventKind> = {
  [Kind in K]: Omit<LiveEvent, 'kind' | 'data'> & { kind: Kind; data: EventData<Kind> };
}[K];

export interface ChannelEventsOptions<K extends LiveEventKind> {
  /** Which events the caller wants (e.g. `kind.startsWith('issue.')`). */
  accepts: (kind: string) => kind is K;
  /** Reloads the caller's data over HTTP; debounced here. */
  reload: () => void;
  /**
   * Told of each accepted event as it arrives (to patch something in place); answers whether the
   * caller should also reload. Without it, every accepted event reloads.
   */
  onEvent?: (event: TypedEvent<K>) => boolean | void;
  /** Every other message of the channel (presence, refusals). */
  onOther?: (message: Exclude<LiveMessage, LiveEvent>) => void;
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
  const latest = useRef({ accepts, reload, onEvent, onOther });
  latest.current = { accepts, reload, onEvent, onOther };

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
        // The server's contract says what an event of this kind carries.
        const tell = latest.current.onEvent;
        const wantsReload = tell ? tell(message as unknown as TypedEvent<K>) : true;
        if (wantsReload !== false) schedule();
        return;
      }
      case 'subscribed':
        if (!message.resumed) schedule();
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
