import type { IssueStatus, LatLon } from '../../api';
import { formatCount, formatDate } from '../../lib/format';
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
  return place ? `${issue.category.name}, ${place}` : issue.category.name;
}

export const ISSUE_DESCRIPTION_MAX = 4000;
export const ISSUE_ADDRESS_MAX = 300;
export const STATUS_NOTE_MAX = 2000;

export const issueStatusLabel: Record<IssueStatus, string> = {
  open: 'Open',
  acknowledged: 'Acknowledged',
  in_progress: 'In progress',
  resolved: 'Resolved',
  declined: 'Declined',
  duplicate: 'Duplicate',
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
export const affectedText = (supporters: number) => `${formatCount(supporters, 'neighbour')} affected`;

/** "1 report", "4 reports". */
export const reportsText = (reports: number) => formatCount(reports, 'report');

/**
 * How long ago, for people: "just now", "5 minutes ago", "3 hours ago", "2 days ago"; the date
 * after four weeks. The input unchanged if it does not parse.
 */
export function formatAge(rfc3339: string, now: number = Date.now()): string {
  const time = Date.parse(rfc3339);
  if (Number.isNaN(time)) return rfc3339;
  const minutes = Math.floor(Math.max(0, now - time) / 60_000);
  if (minutes < 1) return 'just now';
  if (minutes < 60) return `${formatCount(minutes, 'minute')} ago`;
  const hours = Math.floor(minutes / 60);
  if (hours < 24) return `${formatCount(hours, 'hour')} ago`;
  const days = Math.floor(hours / 24);
  if (days < 28) return `${formatCount(days, 'day')} ago`;
  return `on ${formatDate(rfc3339)}`;
}

/** The sentence for a status a supporter was told about: "An issue you support is now resolved". */
export function statusChangeSentence(
  status: string,
  { where, title, note }: { where?: string | null; title?: string | null; note?: string | null } = {},
): string {
  const label = issueStatusLabel[status as IssueStatus]?.toLowerCase() ?? status.replace(/_/g, ' ');
  const which = title ? `“${title}”` : 'An issue you support';
  const place = where ? ` in ${where}` : '';
  return `${which}${place} is now ${label}.${councilSays(note)}`;
}

/** " The council says: “Filled on Tuesday”" (the public note of a status change), or nothing. */
export const councilSays = (note?: string | null) =>
  note?.trim() ? ` The council says: “${note.trim()}”` : '';

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
  if (!draft.category_id) errors.category_id = 'Choose what kind of problem it is.';
  const description = draft.description.trim();
  if (!description) errors.description = 'Describe the problem.';
  else if (description.length > ISSUE_DESCRIPTION_MAX) {
    errors.description = `Use at most ${ISSUE_DESCRIPTION_MAX} characters (now ${description.length}).`;
  }
  const address = draft.address.trim();
  if (address.length > ISSUE_ADDRESS_MAX) errors.address = `Use at most ${ISSUE_ADDRESS_MAX} characters.`;

  const hasLat = draft.lat.trim() !== '';
  const hasLon = draft.lon.trim() !== '';
  let location: LatLon | undefined;
  if (hasLat || hasLon) {
    const lat = parseNumber(draft.lat);
    const lon = parseNumber(draft.lon);
    if (Number.isNaN(lat) || lat < -90 || lat > 90) errors.lat = 'Enter a latitude between -90 and 90.';
    if (Number.isNaN(lon) || lon < -180 || lon > 180) errors.lon = 'Enter a longitude between -180 and 180.';
    if (!errors.lat && !errors.lon) location = { lat, lon };
  } else if (!address) {
    errors.lat = 'Give the point (or use your location), or describe the place in the address field.';
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
