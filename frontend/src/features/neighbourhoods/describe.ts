import { assertNever } from '../../api/kinds';
import type { LiveEvent } from '../../live/client';

/** How to name the people in events: the viewer is "you"; others by name when known. */
export interface Names {
  me: string | null;
  /** A display name for a user id, from the event itself or from lists loaded earlier. */
  nameOf(userId: string): string | undefined;
}

const statusWords: Record<string, string> = {
  open: 'open again',
  acknowledged: 'acknowledged',
  in_progress: 'in progress',
  resolved: 'resolved',
  declined: 'declined',
  duplicate: 'marked as a duplicate',
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * A sentence for the activity feed ("Ben joined", "Cat asked to join"), or null for events that
 * are not worth a line (restricted placeholders). Kinds this version does not know never get here:
 * the live client passes them on as `unknown_event`.
 */
export function describeEvent(event: LiveEvent, names: Names): string | null {
  /** The person an event is about: "You" for the viewer, else by name when known. */
  const person = ({ user_id, display_name }: { user_id: string; display_name?: string }) => {
    const you = user_id === names.me;
    const who = you ? 'You' : (text(display_name) ?? names.nameOf(user_id) ?? 'Someone');
    return { who, you, was: you ? 'were' : 'was', whose: you ? 'Your' : `${who}’s` };
  };

  switch (event.kind) {
    case 'member.joined':
      return `${person(event.data).who} joined`;
    case 'member.requested':
      return `${person(event.data).who} asked to join`;
    case 'member.approved':
      return `${person(event.data).who} became a member`;
    case 'member.left':
      return `${person(event.data).who} left`;
    case 'member.removed': {
      const { who, was } = person(event.data);
      return `${who} ${was} removed`;
    }
    case 'member.role_changed': {
      const { who, you } = person(event.data);
      const role = event.data.role === 'coordinator' ? 'a coordinator' : 'a member';
      return `${who} ${you ? 'are' : 'is'} now ${role}`;
    }
    case 'member.request_withdrawn':
      return `${person(event.data).who} withdrew a request to join`;
    case 'member.rejected':
      return `${person(event.data).whose} request to join was declined`;
    case 'member.suspended': {
      const { who, was } = person(event.data);
      return `${who} ${was} suspended`;
    }
    case 'member.reinstated': {
      const { who, was } = person(event.data);
      return `${who} ${was} reinstated`;
    }
    // Coordinators only; invitations name an address, never a person, so neither does the feed.
    case 'invitation.created':
      return 'Someone was invited to join';
    case 'invitation.declined':
      return 'An invitation was declined';
    case 'invitation.revoked':
      return 'An invitation was withdrawn';
    case 'neighbourhood.updated':
      return 'The neighbourhood’s details were updated';
    case 'neighbourhood.created':
      return 'The neighbourhood was started';
    case 'issue.created':
      return 'A new problem was reported';
    case 'issue.report_added':
      return event.data.new_supporter === false
        ? 'A problem got another report'
        : 'Another neighbour reported a known problem';
    case 'issue.supported':
      return 'Another neighbour is affected by a problem';
    case 'issue.status_changed': {
      const status = text(event.data.status);
      return status ? `A problem is now ${statusWords[status] ?? status}` : 'A problem’s status changed';
    }
    case 'issue.placed':
      return `A problem was put on the map, ${event.data.place}`;
    // Not worth a line in the activity feed: the pages they concern show them where they matter.
    case 'issue.photo_added':
    case 'issue.merged':
    case 'issue.assigned':
    case 'task.created':
    case 'task.updated':
    case 'task.approved':
    case 'task.cancelled':
    case 'task.claimed':
    case 'task.released':
    case 'task.claim_extended':
    case 'task.lease_expired':
    case 'task.checked_in':
    case 'task.done':
    case 'task.verified':
    case 'task.rejected':
    case 'thread.created':
    case 'thread.locked':
    case 'thread.unlocked':
    case 'thread.pinned':
    case 'thread.unpinned':
    case 'post.created':
    case 'post.edited':
    case 'post.deleted':
    case 'post.hidden':
    case 'post.restored':
    case 'post.flagged':
    case 'post.reviewed':
    case 'reaction.changed':
    case 'organisation.staff_removed':
    case 'organisation.stopped_serving':
    case 'organisation.started_serving':
    // Not on a neighbourhood's channel, or nothing to tell.
    case 'notification':
    case 'notifications.read':
    case 'dashboard.changed':
    case 'restricted':
      return null;
    default:
      return assertNever(event, null);
  }
}

/** Event kinds after which the page reloads its data over HTTP (the source of truth). */
export function changesPage(kind: string): boolean {
  return kind.startsWith('member.') || kind.startsWith('neighbourhood.') || kind.startsWith('invitation.');
}

/** The member count an event carries, if any. */
export function memberCountOf(event: LiveEvent): number | null {
  if (!('member_count' in event.data)) return null;
  const count: unknown = event.data.member_count;
  return typeof count === 'number' && Number.isSafeInteger(count) && count >= 0 ? count : null;
}
