import { useEffect, useRef } from 'preact/hooks';
import { useLive, useLiveChannel } from '../../live/live';
import { isTaskEvent, taskEventData, type TaskEventData, type TaskEventKind } from './logic';

interface Options {
  /**
   * Told of every task event at once (to patch counts in place); answers whether the page should
   * also reload over HTTP. Without it, every task event reloads.
   */
  onEvent?: (kind: TaskEventKind, data: TaskEventData) => boolean | void;
  /** How long events gather before one reload; default 200 ms. */
  debounceMs?: number;
}

/**
 * Task events on a neighbourhood's channel (`task.claimed`, ...): each is handed to `onEvent` as
 * it arrives, and the page reloads over HTTP (debounced) when it asks to, and whenever events may
 * have been missed (a fresh subscription, a reset, the end of the subscription). The channel is
 * shared with the rest of the page by the live client.
 */
export function useTaskEvents(
  neighbourhoodId: string | null,
  reload: () => void,
  { onEvent, debounceMs = 200 }: Options = {},
) {
  const { enabled } = useLive();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ reload, onEvent });
  latest.current = { reload, onEvent };

  useEffect(
    () => () => {
      if (timer.current !== null) clearTimeout(timer.current);
      timer.current = null;
    },
    [neighbourhoodId, enabled],
  );

  const schedule = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      timer.current = null;
      latest.current.reload();
    }, debounceMs);
  };

  useLiveChannel(enabled && neighbourhoodId ? `neighbourhood:${neighbourhoodId}` : null, (message) => {
    switch (message.type) {
      case 'event': {
        if (!isTaskEvent(message.kind)) return;
        const data = taskEventData(message.data);
        if (!data) return;
        const tell = latest.current.onEvent;
        const wantsReload = tell ? tell(message.kind, data) : true;
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
        return;
    }
  });

  return { enabled };
}
