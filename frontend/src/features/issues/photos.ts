import { describeError, isApiError, type ClientConfig } from '../../api';
import { t } from '../../i18n';

export const PHOTO_TYPES = ['image/jpeg', 'image/png', 'image/webp'];
export const PHOTO_ACCEPT = PHOTO_TYPES.join(',');

/** How many photos a report may have and how large each may be (the server's `report_limits`). */
export interface PhotoLimits {
  count: number;
  bytes: number;
}

/** The server's own limits, used only until the client configuration has loaded. */
export const DEFAULT_PHOTO_LIMITS: PhotoLimits = { count: 3, bytes: 8 * 1024 * 1024 };

export const photoLimits = (config: ClientConfig | null): PhotoLimits =>
  config
    ? { count: config.report_limits.photos_per_report, bytes: config.report_limits.photo_bytes }
    : DEFAULT_PHOTO_LIMITS;

/** "8 MB": a photo size limit as people say it. */
export const megabytes = (bytes: number) => t('photo-megabytes', { size: Math.floor(bytes / (1024 * 1024)) });

/** What is wrong with the chosen photos, or null when they can be sent. */
export function checkPhotos(
  files: readonly File[],
  limits: PhotoLimits = DEFAULT_PHOTO_LIMITS,
): string | null {
  if (files.length > limits.count) {
    return t('photo-error-too-many', { max: limits.count, count: files.length });
  }
  const tooBig = files.filter((f) => f.size > limits.bytes).map((f) => f.name);
  if (tooBig.length > 0) {
    return t('photo-error-too-big', { size: megabytes(limits.bytes), names: tooBig.join(', ') });
  }
  // Some systems give no type; the server checks the content anyway.
  const wrongType = files.filter((f) => f.type && !PHOTO_TYPES.includes(f.type)).map((f) => f.name);
  if (wrongType.length > 0) return t('photo-error-wrong-type', { names: wrongType.join(', ') });
  return null;
}

/** One photo that could not be added to a report, and why. */
export interface PhotoFailure {
  name: string;
  reason: string;
}

export function photoFailureReason(error: unknown, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): string {
  if (isApiError(error)) {
    if (error.status === 413) return t('photo-reason-too-big', { size: megabytes(limits.bytes) });
    if (error.status === 422) return t('photo-reason-wrong-type');
    if (error.status === 409) return t('photo-reason-too-many', { max: limits.count });
  }
  return describeError(error);
}

/**
 * Hands the failed uploads from the report page to the issue page it goes to next (in memory:
 * after a reload the issue page falls back to the count in its `photos_failed` query parameter).
 */
const failuresByIssue = new Map<string, PhotoFailure[]>();

export function rememberPhotoFailures(issueId: string, failures: PhotoFailure[]): void {
  failuresByIssue.set(issueId, failures);
}

export function photoFailuresFor(issueId: string): PhotoFailure[] | undefined {
  return failuresByIssue.get(issueId);
}

/** "Your report was sent, but …": the message for `count` failed uploads, naming them when known. */
export function photoFailureMessage(count: number, failures: PhotoFailure[] | undefined): string {
  const known = failures && failures.length === count ? failures : undefined;
  if (!known) return t('photo-failed', { count });
  const which = known.map((f) => t('photo-failed-one', { name: f.name, reason: f.reason })).join('; ');
  return t('photo-failed-which', { count, which });
}
