import type { LiveEventKind } from '../../api/kinds';
import { useChannelEvents, type TypedEvent } from '../../live/useChannelEvents';

/** Event kinds about shared issues (docs/live-protocol.md). */
export type IssueEventKind = Extract<LiveEventKind, `issue.${string}`>;

export const isIssueEvent = (kind: string): kind is IssueEventKind => kind.startsWith('issue.');

/** The issue an event is about (every issue event says). */
export const issueIdOf = (event: TypedEvent<IssueEventKind>): string => event.data.issue_id;

interface Options {
  /** Whether an issue event concerns what is shown; default: every issue event. */
  concerns?: (event: TypedEvent<IssueEventKind>) => boolean;
  /** Told of each event that concerns the page, before the (debounced) reload. */
  onEvent?: (event: TypedEvent<IssueEventKind>) => void;
  /** How long events gather before one reload; default 200 ms. */
  debounceMs?: number;
}

/**
 * Reloads over HTTP (debounced) after issue events on a neighbourhood's channel, and whenever
 * events may have been missed.
 */
export function useIssueEvents(
  neighbourhoodId: string | null,
  reload: () => void,
  { concerns, onEvent, debounceMs }: Options = {},
): void {
  useChannelEvents(neighbourhoodId ? `neighbourhood:${neighbourhoodId}` : null, {
    accepts: isIssueEvent,
    reload,
    debounceMs,
    onEvent: (event) => {
      if (concerns && !concerns(event)) return false;
      onEvent?.(event);
      return true;
    },
  });
}
