/**
 * What a notification says and where it leads, for the bell, the inbox and the preferences page.
 * The sentences for issues and tasks are the ones the live notices already use.
 */
import { noticeOf } from '../components/IssueNotice';
import { taskNoticeOf } from './tasks';

export interface Described {
  text: string;
  href: string | null;
}

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null);

/** A sentence for any notification, and the page it is about. */
export function describeNotification(what: string, data: Record<string, unknown>): Described {
  const withWhat = { ...data, what };
  const issue = noticeOf(withWhat);
  if (issue) return { text: issue.text, href: `/issues/${issue.issueId}` };
  const task = taskNoticeOf(withWhat);
  if (task) return { text: task.text, href: `/tasks/${task.taskId}` };
  const where = str(data.neighbourhood_name);
  const neighbourhoodHref = str(data.neighbourhood_id)
    ? `/neighbourhoods/${String(data.neighbourhood_id)}`
    : null;
  const threadHref = str(data.thread_id) ? `/threads/${String(data.thread_id)}` : null;
  const inPlace = where ? ` in ${where}` : '';
  switch (what) {
    case 'invitation_received':
      return {
        text: `You are invited to join ${where ?? 'a neighbourhood'}. Accept or decline it.`,
        href: '/invitations',
      };
    case 'membership_added':
      return { text: `You were added to ${where ?? 'a neighbourhood'}.`, href: neighbourhoodHref };
    case 'membership_approved':
      return {
        text: `Your request to join ${where ?? 'a neighbourhood'} was approved. Welcome!`,
        href: neighbourhoodHref,
      };
    case 'membership_rejected':
      return {
        text: `Your request to join ${where ?? 'a neighbourhood'} was declined.`,
        href: neighbourhoodHref,
      };
    case 'role_changed':
      return { text: `You are now ${str(data.role) ?? 'a member'}${inPlace}.`, href: neighbourhoodHref };
    case 'suspended':
      return {
        text: `Your membership${inPlace} is suspended${str(data.reason) ? `: ${String(data.reason)}` : '.'}`,
        href: neighbourhoodHref,
      };
    case 'reinstated':
      return { text: `Your membership${inPlace} is active again.`, href: neighbourhoodHref };
    case 'removed':
      return { text: `You were removed from ${where ?? 'a neighbourhood'}.`, href: null };
    case 'mention':
      return {
        text: `Someone mentioned you in a discussion${inPlace}.`,
        href: threadHref ?? neighbourhoodHref,
      };
    case 'reply':
      return { text: `Someone replied to your post${inPlace}.`, href: threadHref ?? neighbourhoodHref };
    default:
      return { text: `${labelOfKind(what)}${inPlace}.`, href: threadHref ?? neighbourhoodHref };
  }
}

/** The kinds a person can mute, with the words the preferences page shows. */
export const MUTABLE_KINDS: { what: string; label: string }[] = [
  { what: 'issue_status_changed', label: 'Status changes of issues I support' },
  { what: 'issue_merged', label: 'Issues I support merged into another' },
  { what: 'issue_reopened', label: 'Issues reopened (coordinators and service managers)' },
  { what: 'task_lease_expiring', label: 'My task places about to run out' },
  { what: 'task_lease_expired', label: 'My task places released' },
  { what: 'task_cancelled', label: 'Tasks I signed up for cancelled' },
  { what: 'task_work_verified', label: 'My volunteer hours verified' },
  { what: 'task_work_rejected', label: 'My volunteer work sent back' },
  { what: 'mention', label: 'Mentions of me in discussions' },
  { what: 'reply', label: 'Replies to my posts' },
  { what: 'role_changed', label: 'Changes to my role in a neighbourhood' },
];

/** `issue_status_changed` -> `Issue status changed`. */
export function labelOfKind(what: string): string {
  const words = what.replace(/_/g, ' ').trim();
  return words ? words[0].toUpperCase() + words.slice(1) : 'Notification';
}

/** `issue:0192...` -> a readable name and a link. */
export function describeSubject(subject: string): { text: string; href: string | null } {
  const [kind, id] = subject.split(':', 2);
  switch (kind) {
    case 'issue':
      return { text: 'An issue', href: `/issues/${id}` };
    case 'task':
      return { text: 'A task', href: `/tasks/${id}` };
    case 'thread':
      return { text: 'A discussion', href: `/threads/${id}` };
    default:
      return { text: subject, href: null };
  }
}

/**
 * The unread count after a live message on the person's own channel: a `notification` adds one
 * (muted ones are never pushed); `notifications.read` says the new count. Null: reload it.
 */
export function nextUnread(
  current: number | null,
  message: { type: string; kind?: string; data?: Record<string, unknown> | null },
): number | null | 'same' {
  if (message.type === 'reset') return null;
  if (message.type !== 'event') return 'same';
  if (message.kind === 'notification') return current === null ? null : current + 1;
  if (message.kind === 'notifications.read') {
    const unread = message.data?.unread;
    return typeof unread === 'number' ? unread : null;
  }
  return 'same';
}
