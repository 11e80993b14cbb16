import { assertNever } from '../../api/kinds';
import type { LiveEvent } from '../../live/client';
import { t } from '../../i18n';

/** How to name the people in events: the viewer is "you"; others by name when known. */
export interface Names {
  me: string | null;
  /** A display name for a user id, from the event itself or from lists loaded earlier. */
  nameOf(userId: string): string | undefined;
}

/** "A problem is now …", per status (a sentence each: the words around the status change with it). */
const statusSentence: Record<string, () => string> = {
  open: () => t('nbh-feed-issue-open'),
  acknowledged: () => t('nbh-feed-issue-acknowledged'),
  in_progress: () => t('nbh-feed-issue-in-progress'),
  resolved: () => t('nbh-feed-issue-resolved'),
  declined: () => t('nbh-feed-issue-declined'),
  duplicate: () => t('nbh-feed-issue-duplicate'),
};

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

/**
 * A sentence for the activity feed ("Ben joined", "Cat asked to join"), or null for events that
 * are not worth a line (restricted placeholders). Kinds this version does not know never get here:
 * the live client passes them on as `unknown_event`.
 */
export function describeEvent(event: LiveEvent, names: Names): string | null {
  /**
   * The sentence about one person: the viewer's own sentence ("You were removed": the verb and
   * pronoun change, so it is a message of its own), else the other with the person's name, or
   * "Someone" when it is not known.
   */
  const about = (
    { user_id, display_name }: { user_id: string; display_name?: string },
    yours: () => string,
    theirs: (who: string) => string,
  ) =>
    user_id === names.me
      ? yours()
      : theirs(text(display_name) ?? names.nameOf(user_id) ?? t('nbh-feed-someone'));

  switch (event.kind) {
    case 'member.joined':
      return about(
        event.data,
        () => t('nbh-feed-joined-you'),
        (who) => t('nbh-feed-joined', { who }),
      );
    case 'member.requested':
      return about(
        event.data,
        () => t('nbh-feed-requested-you'),
        (who) => t('nbh-feed-requested', { who }),
      );
    case 'member.approved':
      return about(
        event.data,
        () => t('nbh-feed-approved-you'),
        (who) => t('nbh-feed-approved', { who }),
      );
    case 'member.left':
      return about(
        event.data,
        () => t('nbh-feed-left-you'),
        (who) => t('nbh-feed-left', { who }),
      );
    case 'member.removed':
      return about(
        event.data,
        () => t('nbh-feed-removed-you'),
        (who) => t('nbh-feed-removed', { who }),
      );
    case 'member.role_changed':
      return event.data.role === 'coordinator'
        ? about(
            event.data,
            () => t('nbh-feed-now-coordinator-you'),
            (who) => t('nbh-feed-now-coordinator', { who }),
          )
        : about(
            event.data,
            () => t('nbh-feed-now-member-you'),
            (who) => t('nbh-feed-now-member', { who }),
          );
    case 'member.request_withdrawn':
      return about(
        event.data,
        () => t('nbh-feed-withdrew-you'),
        (who) => t('nbh-feed-withdrew', { who }),
      );
    case 'member.rejected':
      return about(
        event.data,
        () => t('nbh-feed-rejected-you'),
        (who) => t('nbh-feed-rejected', { who }),
      );
    case 'member.suspended':
      return about(
        event.data,
        () => t('nbh-feed-suspended-you'),
        (who) => t('nbh-feed-suspended', { who }),
      );
    case 'member.reinstated':
      return about(
        event.data,
        () => t('nbh-feed-reinstated-you'),
        (who) => t('nbh-feed-reinstated', { who }),
      );
    // Coordinators only; invitations name an address, never a person, so neither does the feed.
    case 'invitation.created':
      return t('nbh-feed-invited');
    case 'invitation.declined':
      return t('nbh-feed-invitation-declined');
    case 'invitation.revoked':
      return t('nbh-feed-invitation-withdrawn');
    case 'neighbourhood.updated':
      return t('nbh-feed-updated');
    case 'neighbourhood.created':
      return t('nbh-feed-started');
    case 'issue.created':
      return t('nbh-feed-issue-reported');
    case 'issue.report_added':
      return event.data.new_supporter === false
        ? t('nbh-feed-issue-another-report')
        : t('nbh-feed-issue-new-supporter');
    case 'issue.supported':
      return t('nbh-feed-issue-supported');
    case 'issue.status_changed': {
      const status = text(event.data.status);
      if (!status) return t('nbh-feed-issue-status-changed');
      return statusSentence[status]?.() ?? t('nbh-feed-issue-status-other', { status });
    }
    case 'issue.placed':
      return t('nbh-feed-issue-placed', { place: event.data.place });
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
