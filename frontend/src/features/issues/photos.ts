import { describeError, isApiError, type ClientConfig } from '../../api';

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
export const megabytes = (bytes: number) => `${Math.floor(bytes / (1024 * 1024))} MB`;

/** What is wrong with the chosen photos, or null when they can be sent. */
export function checkPhotos(
  files: readonly File[],
  limits: PhotoLimits = DEFAULT_PHOTO_LIMITS,
): string | null {
  if (files.length > limits.count) {
    return `Choose at most ${limits.count} photos; you chose ${files.length}.`;
  }
  const tooBig = files.filter((f) => f.size > limits.bytes).map((f) => f.name);
  if (tooBig.length > 0) {
    return `Each photo must be ${megabytes(limits.bytes)} or smaller: ${tooBig.join(', ')} is too large.`;
  }
  // Some systems give no type; the server checks the content anyway.
  const wrongType = files.filter((f) => f.type && !PHOTO_TYPES.includes(f.type)).map((f) => f.name);
  if (wrongType.length > 0) return `Photos must be JPEG, PNG or WebP images: ${wrongType.join(', ')} is not.`;
  return null;
}

/** One photo that could not be added to a report, and why. */
export interface PhotoFailure {
  name: string;
  reason: string;
}

export function photoFailureReason(error: unknown, limits: PhotoLimits = DEFAULT_PHOTO_LIMITS): string {
  if (isApiError(error)) {
    if (error.status === 413) return `it is larger than ${megabytes(limits.bytes)}`;
    if (error.status === 422) return 'it is not a JPEG, PNG or WebP image';
    if (error.status === 409) return `a report can have at most ${limits.count} photos`;
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
  const what = count === 1 ? '1 photo' : `${count} photos`;
  const head = `Your report was sent, but ${what} could not be added`;
  if (!known) return `${head}.`;
  return `${head}: ${known.map((f) => `${f.name} (${f.reason})`).join('; ')}.`;
}
