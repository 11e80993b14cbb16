import type { IssueStatus, LatLon } from '../../api';
import { formatDate } from '../../lib/format';
import { t } from '../../i18n';
import { parseNumber, type FormErrors, type Validated } from '../../lib/validation';

/** What every surface needs to say where an issue is. */
interface Placed {
  category: { name: string };
  place?: string | null;
  address?: string | null;
}

/**
 * Where an issue is, in words: the place the server keeps for it ("outside 3 Mill Lane", from
 * OpenStreetMap data), else the address the reporter typed.
 */
export const placeOf = (issue: Placed): string | null => issue.place || issue.address || null;

/** An issue's name in lists, links and labels: "Pothole, outside 3 Mill Lane". */
export function issueName(issue: Placed): string {
  const place = placeOf(issue);
  return place ? t('issue-name-with-place', { category: issue.category.name, place }) : issue.category.name;
}

export const ISSUE_DESCRIPTION_MAX = 4000;
export const ISSUE_ADDRESS_MAX = 300;
export const STATUS_NOTE_MAX = 2000;

/** Each status in words; getters, so each read gives the words of the language active then. */
export const issueStatusLabel: Record<IssueStatus, string> = {
  get open() {
    return t('issue-status-open');
  },
  get acknowledged() {
    return t('issue-status-acknowledged');
  },
  get in_progress() {
    return t('issue-status-in-progress');
  },
  get resolved() {
    return t('issue-status-resolved');
  },
  get declined() {
    return t('issue-status-declined');
  },
  get duplicate() {
    return t('issue-status-duplicate');
  },
};

/** The statuses in the order a filter offers them. */
export const ISSUE_STATUSES: IssueStatus[] = [
  'open',
  'acknowledged',
  'in_progress',
  'resolved',
  'declined',
  'duplicate',
];

/** Still waiting for (more) work: new reports can join these. */
export const isActiveStatus = (status: IssueStatus) =>
  status === 'open' || status === 'acknowledged' || status === 'in_progress';

/**
 * The statuses staff may move an issue to from `from` (mirrors `can_change_to` in
 * src/domain/issue.rs; the server decides and answers 409 otherwise). Merging has its own operation.
 */
export function nextStatuses(from: IssueStatus): IssueStatus[] {
  switch (from) {
    case 'open':
      return ['acknowledged', 'in_progress', 'resolved', 'declined'];
    case 'acknowledged':
      return ['in_progress', 'resolved', 'declined'];
    case 'in_progress':
      return ['resolved', 'declined', 'acknowledged'];
    case 'resolved':
    case 'declined':
      return ['open'];
    case 'duplicate':
      return [];
  }
}

/** "1 neighbour affected", "3 neighbours affected". */
export const affectedText = (supporters: number) => t('issue-affected-count', { count: supporters });

/** "1 report", "4 reports". */
export const reportsText = (reports: number) => t('issue-report-count', { count: reports });

/**
 * How long ago, for people: "just now", "5 minutes ago", "3 hours ago", "2 days ago"; the date
 * after four weeks. The input unchanged if it does not parse.
 */
export function formatAge(rfc3339: string, now: number = Date.now()): string {
  const time = Date.parse(rfc3339);
  if (Number.isNaN(time)) return rfc3339;
  const minutes = Math.floor(Math.max(0, now - time) / 60_000);
  if (minutes < 1) return t('issue-age-just-now');
  if (minutes < 60) return t('issue-age-minutes', { count: minutes });
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return t('issue-age-hours', { count: hours });
  const days = Math.floor(hours / 24);
  if (days < 28) return t('issue-age-days', { count: days });
  return t('issue-age-on-date', { date: formatDate(rfc3339) });
}

/** " The council says: “Filled on Tuesday”" (the public note of a status change), or nothing. */
export const councilSays = (note?: string | null) =>
  note?.trim() ? ` ${t('issue-council-says', { note: note.trim() })}` : '';

/** The report form as typed: every input is a string until checked. */
export interface ReportDraft {
  category_id: string;
  lat: string;
  lon: string;
  address: string;
  description: string;
}

export interface CheckedReport {
  category_id: string;
  location?: LatLon;
  address?: string;
  description: string;
}

/** Quick checks before the nearby look-up and the report; the server stays the authority. */
export function validateReport(draft: ReportDraft): Validated<CheckedReport> {
  const errors: FormErrors = {};
  if (!draft.category_id) errors.category_id = t('issue-error-choose-category');
  const description = draft.description.trim();
  if (!description) errors.description = t('issue-error-describe');
  else if (description.length > ISSUE_DESCRIPTION_MAX) {
    errors.description = t('issue-error-description-too-long', {
      max: String(ISSUE_DESCRIPTION_MAX),
      count: String(description.length),
    });
  }
  const address = draft.address.trim();
  if (address.length > ISSUE_ADDRESS_MAX)
    errors.address = t('issue-error-address-too-long', { max: String(ISSUE_ADDRESS_MAX) });

  const hasLat = draft.lat.trim() !== '';
  const hasLon = draft.lon.trim() !== '';
  let location: LatLon | undefined;
  if (hasLat || hasLon) {
    const lat = parseNumber(draft.lat);
    const lon = parseNumber(draft.lon);
    if (Number.isNaN(lat) || lat < -90 || lat > 90) errors.lat = t('issue-error-latitude');
    if (Number.isNaN(lon) || lon < -180 || lon > 180) errors.lon = t('issue-error-longitude');
    if (!errors.lat && !errors.lon) location = { lat, lon };
  } else if (!address) {
    errors.lat = t('issue-error-no-place');
  }
  return Object.keys(errors).length > 0
    ? { ok: false, errors }
    : {
        ok: true,
        value: {
          category_id: draft.category_id,
          ...(location ? { location } : {}),
          ...(address ? { address } : {}),
          description,
        },
      };
}
