import { useEffect, useRef } from 'preact/hooks';
import type { LiveEvent } from '../../live/client';
import { useLive, useLiveChannel } from '../../live/live';

/** Event kinds about shared issues (docs/live-protocol.md). */
export const isIssueEvent = (kind: string) => kind.startsWith('issue.');

/** The issue an event is about, if it says. */
export function issueIdOf(event: LiveEvent): string | null {
  const id = event.data?.issue_id;
  return typeof id === 'string' ? id : null;
}

interface Options {
  /** Whether an issue event concerns what is shown; default: every issue event. */
  concerns?: (event: LiveEvent) => boolean;
  /** Told of each event that concerns the page, before the (debounced) reload. */
  onEvent?: (event: LiveEvent) => void;
  /** How long events gather before one reload; default 200 ms. */
  debounceMs?: number;
}

/**
 * Reloads over HTTP (debounced) after issue events on a neighbourhood's channel, and whenever
 * events may have been missed (a fresh subscription, a reset, the end of the subscription). The
 * channel is shared with the rest of the page by the live client.
 */
export function useIssueEvents(
  neighbourhoodId: string | null,
  reload: () => void,
  { concerns, onEvent, debounceMs = 200 }: Options = {},
): void {
  const { enabled } = useLive();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const latest = useRef({ reload, concerns, onEvent });
  latest.current = { reload, concerns, onEvent };

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
        if (!isIssueEvent(message.kind)) return;
        const { concerns: applies, onEvent: tell } = latest.current;
        if (applies && !applies(message)) return;
        tell?.(message);
        schedule();
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
}
