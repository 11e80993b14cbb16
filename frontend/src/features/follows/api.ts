/**
 * Following an issue by e-mail without an account: the typed calls of "Following by e-mail" in
 * docs/api.md. None of them acts as the signed-in person (`auth: false`): the address, not an
 * account, follows.
 */
import type { ApiClient } from '../../api/client';
import { api } from '../../api/index';
import type { Schema, Uuid } from '../../api/types';

/** A language the e-mails can be written in. */
export type FollowLocale = Schema<'Locale'>;
export type FollowAccepted = Schema<'FollowAccepted'>;
export type FollowConfirmed = Schema<'FollowConfirmed'>;
/** A message per change, or at most one a day (in the follower's morning). */
export type FollowFrequency = Schema<'FollowFrequency'>;
export type FollowFrequencyChanged = Schema<'FollowFrequencyChanged'>;

/** What someone asks for when they follow. */
export interface FollowWish {
  email: string;
  locale: FollowLocale;
  frequency: FollowFrequency;
  /** The device's IANA zone, so a daily message arrives in their morning. */
  timeZone?: string | undefined;
}

export function createFollowsApi(client: ApiClient) {
  return {
    /** Answers the same whatever the address's state: "check your inbox". */
    follow: (issueId: Uuid, { email, locale, frequency, timeZone }: FollowWish) =>
      client.request<FollowAccepted>(`/issues/${encodeURIComponent(issueId)}/follows`, {
        method: 'POST',
        body: { email, locale, frequency, ...(timeZone ? { time_zone: timeZone } : {}) },
        auth: false,
      }),
    confirm: (token: string) =>
      client.request<FollowConfirmed>('/follows/confirm', { method: 'POST', body: { token }, auth: false }),
    /** With the token of an update's unsubscribe link: whoever may stop the e-mails may space them. */
    changeFrequency: (token: string, frequency: FollowFrequency) =>
      client.request<FollowFrequencyChanged>('/follows/frequency', {
        method: 'POST',
        body: { token, frequency },
        auth: false,
      }),
    unsubscribe: (token: string) =>
      client.request<void>('/follows/unsubscribe', { method: 'POST', query: { token }, auth: false }),
  };
}

export const followsApi = createFollowsApi(api.client);

/**
 * The token a link from an e-mail carries after `#token=`. It travels in the fragment, which
 * browsers never send to a server, so it stays out of every access log on the way.
 */
export function tokenFromHash(hash: string): string | null {
  const token = new URLSearchParams(hash.replace(/^#/, '')).get('token');
  return token && token.length > 0 ? token : null;
}
