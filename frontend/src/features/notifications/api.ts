/**
 * The notification inbox and preferences: the shapes and typed calls of the "Notifications"
 * section of docs/api.md. Uses the app's one ApiClient like `api` and `tasksApi` do.
 */
import type { ApiClient } from '../../api/client';
import { api } from '../../api/index';
import type { Page, PageParams, Schema, Uuid } from '../../api/types';

export type EmailMode = Schema<'EmailMode'>;

/** An inbox item: `what` is its kind and `data` the notice (docs/live-protocol.md). */
export type Notification = Schema<'NotificationView'>;

export type NotificationPreferences = Schema<'Preferences'>;

export type PreferencesUpdate = Schema<'PreferencesUpdate'>;

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
      client.request<Schema<'UnreadCount'>>(`${me}/notifications/unread-count`, { signal }),
    markRead: (id: Uuid) =>
      client.request<Notification>(`${me}/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    markAllRead: () => client.request<Schema<'ReadAll'>>(`${me}/notifications/read-all`, { method: 'POST' }),
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
