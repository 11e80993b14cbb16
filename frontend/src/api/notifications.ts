/**
 * The notification inbox and preferences: the shapes and typed calls of the "Notifications"
 * section of docs/api.md. Uses the app's one ApiClient like `api` and `tasksApi` do.
 */
import type { ApiClient } from './client';
import { api } from './index';
import type { Page, PageParams, Timestamp, Uuid } from './types';

export type EmailMode = 'off' | 'immediate' | 'daily_digest';

export interface Notification {
  id: Uuid;
  /** The kind: `issue_status_changed`, `task_cancelled`, `mention`, ... (docs/live-protocol.md). */
  what: string;
  /** What the live event carried: ids, names, the new state. */
  data: Record<string, unknown>;
  neighbourhood_id: Uuid | null;
  /** `thread:{id}`, `issue:{id}` or `task:{id}` when it is about one (what a mute matches). */
  subject: string | null;
  actor_id: Uuid | null;
  /** Arrived while muted: kept as read, never pushed or e-mailed. */
  muted: boolean;
  read_at: Timestamp | null;
  created_at: Timestamp;
}

export interface NotificationPreferences {
  muted_kinds: string[];
  muted_subjects: string[];
  email_mode: EmailMode;
  /** Whether this server sends e-mail at all. */
  email_available: boolean;
}

export interface PreferencesUpdate {
  muted_kinds?: string[];
  email_mode?: EmailMode;
}

export interface InboxQuery extends PageParams {
  unread?: boolean;
}

/** A mute subject in the path; its colon stays as it is. */
const subjectPath = (subject: string) => encodeURIComponent(subject).replace('%3A', ':');

export function createNotificationsApi(client: ApiClient) {
  const me = '/me';
  return {
    /** Newest first. */
    list: ({ unread, cursor, limit }: InboxQuery = {}, signal?: AbortSignal) =>
      client.request<Page<Notification>>(`${me}/notifications`, {
        query: { unread: unread ? true : undefined, cursor, limit },
        signal,
      }),
    unreadCount: (signal?: AbortSignal) =>
      client.request<{ unread: number }>(`${me}/notifications/unread-count`, { signal }),
    markRead: (id: Uuid) =>
      client.request<Notification>(`${me}/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    markAllRead: () =>
      client.request<{ marked: number; unread: number }>(`${me}/notifications/read-all`, { method: 'POST' }),
    preferences: (signal?: AbortSignal) =>
      client.request<NotificationPreferences>(`${me}/notification-preferences`, { signal }),
    updatePreferences: (body: PreferencesUpdate) =>
      client.request<NotificationPreferences>(`${me}/notification-preferences`, { method: 'PUT', body }),
    /** `thread:{id}`, `issue:{id}` or `task:{id}`. */
    mute: (subject: string) => client.request<void>(`${me}/mutes/${subjectPath(subject)}`, { method: 'PUT' }),
    unmute: (subject: string) =>
      client.request<void>(`${me}/mutes/${subjectPath(subject)}`, { method: 'DELETE' }),
  };
}

export const notificationsApi = createNotificationsApi(api.client);
