import { useChannelEvents } from '../../live/useChannelEvents';
import { isTaskEvent, type TaskEventData, type TaskEventKind } from './logic';

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
 * have been missed.
 */
export function useTaskEvents(
  neighbourhoodId: string | null,
  reload: () => void,
  { onEvent, debounceMs }: Options = {},
) {
  return useChannelEvents(neighbourhoodId ? `neighbourhood:${neighbourhoodId}` : null, {
    accepts: isTaskEvent,
    reload,
    debounceMs,
    onEvent: (event) => (onEvent ? onEvent(event.kind, event.data) : true),
  });
}
