import type { JoinPolicy, MemberRole, MemberStatus, Visibility } from '../api';

const LOCALE = 'en-GB';
const oneDecimal = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 1 });
const whole = new Intl.NumberFormat(LOCALE, { maximumFractionDigits: 0 });

/**
 * A distance for people: metres rounded to 10 below 1 km, then km with one decimal below 10 km,
 * whole km beyond. "Here" for anything under 10 m.
 */
export function formatDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return '';
  if (metres < 10) return 'here';
  const roundedMetres = Math.round(metres / 10) * 10;
  if (roundedMetres < 1000) return `${whole.format(roundedMetres)} m away`;
  const km = metres / 1000;
  return `${(km < 10 ? oneDecimal : whole).format(km)} km away`;
}

/** "1 member", "12 members" (with thousands separators). */
export function formatCount(count: number, singular: string, plural = `${singular}s`): string {
  return `${whole.format(count)} ${count === 1 ? singular : plural}`;
}

/*
 * Dates and times are shown in the reader's own time zone, both of them: a date in UTC beside a
 * time in local time put a Los Angeles evening on the next day. `timeZone` is for tests and for
 * the rare place that must name another zone; leave it out everywhere else.
 */

/** "3 Mar 2025" from an RFC 3339 time; the input unchanged if it does not parse. */
export function formatDate(rfc3339: string, timeZone?: string): string {
  const time = Date.parse(rfc3339);
  return Number.isNaN(time)
    ? rfc3339
    : new Intl.DateTimeFormat(LOCALE, { dateStyle: 'medium', timeZone }).format(time);
}

/** "10:02" (24-hour, in the reader's time zone unless given) from an RFC 3339 time; '' if it does not parse. */
export function formatTime(rfc3339: string, timeZone?: string): string {
  const time = Date.parse(rfc3339);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(LOCALE, { hour: '2-digit', minute: '2-digit', timeZone }).format(time);
}

/** "3 Mar 2025, 10:02": the date and the time, in the same (the reader's) time zone. */
export function formatDateTime(rfc3339: string, timeZone?: string): string {
  const time = formatTime(rfc3339, timeZone);
  return time ? `${formatDate(rfc3339, timeZone)}, ${time}` : rfc3339;
}

export const visibilityLabel: Record<Visibility, string> = {
  public: 'Public',
  private: 'Private',
};

export const joinPolicyLabel: Record<JoinPolicy, string> = {
  open: 'Anyone can join',
  approval: 'Coordinators approve new members',
};

export const roleLabel: Record<MemberRole, string> = {
  member: 'Member',
  coordinator: 'Coordinator',
};

export const statusLabel: Record<MemberStatus, string> = {
  active: 'Active',
  pending: 'Request pending',
  suspended: 'Suspended',
};
