import type { JoinPolicy, MemberRole, MemberStatus, Visibility } from '../api';
import { intlLocale, t } from '../i18n';

/*
 * Numbers, dates and times follow the active locale (`intlLocale()`: British English, Polish or
 * Arabic), read at each call so a change of language shows at once; words come from the catalogues.
 */
const numberFormat = (fractionDigits: number) =>
  new Intl.NumberFormat(intlLocale(), { maximumFractionDigits: fractionDigits });

/** A number with the locale's separators: "2,500", "2 500", "٢٬٥٠٠". */
export const formatNumber = (value: number, fractionDigits = 0): string =>
  numberFormat(fractionDigits).format(value);

/**
 * A distance for people: metres rounded to 10 below 1 km, then km with one decimal below 10 km,
 * whole km beyond. "Here" for anything under 10 m.
 */
export function formatDistance(metres: number): string {
  if (!Number.isFinite(metres) || metres < 0) return '';
  if (metres < 10) return t('distance-here');
  const roundedMetres = Math.round(metres / 10) * 10;
  if (roundedMetres < 1000) return t('distance-metres-away', { metres: formatNumber(roundedMetres) });
  const km = metres / 1000;
  return t('distance-km-away', { km: formatNumber(km, km < 10 ? 1 : 0) });
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
    : new Intl.DateTimeFormat(intlLocale(), { dateStyle: 'medium', timeZone }).format(time);
}

/** "10:02" (24-hour, in the reader's time zone unless given) from an RFC 3339 time; '' if it does not parse. */
export function formatTime(rfc3339: string, timeZone?: string): string {
  const time = Date.parse(rfc3339);
  if (Number.isNaN(time)) return '';
  return new Intl.DateTimeFormat(intlLocale(), { hour: '2-digit', minute: '2-digit', timeZone }).format(time);
}

/** "3 Mar 2025, 10:02": the date and the time, in the same (the reader's) time zone. */
export function formatDateTime(rfc3339: string, timeZone?: string): string {
  const time = formatTime(rfc3339, timeZone);
  return time ? `${formatDate(rfc3339, timeZone)}, ${time}` : rfc3339;
}

// Labels are getters: each read gives the words of the language active at that moment.

export const visibilityLabel: Record<Visibility, string> = {
  get public() {
    return t('visibility-public');
  },
  get private() {
    return t('visibility-private');
  },
};

export const joinPolicyLabel: Record<JoinPolicy, string> = {
  get open() {
    return t('join-policy-open');
  },
  get approval() {
    return t('join-policy-approval');
  },
};

export const roleLabel: Record<MemberRole, string> = {
  get member() {
    return t('role-member');
  },
  get coordinator() {
    return t('role-coordinator');
  },
};

export const statusLabel: Record<MemberStatus, string> = {
  get active() {
    return t('member-status-active');
  },
  get pending() {
    return t('member-status-pending');
  },
  get suspended() {
    return t('member-status-suspended');
  },
};
