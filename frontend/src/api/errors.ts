import type { FieldErrors, Problem } from './types';
import { t } from '../i18n';

/** Problem `type` used when the server could not be reached at all. */
export const NETWORK_PROBLEM = 'urn:commonground:network';

/**
 * Every failed API call rejects with an ApiError: the server's problem+json body when there was
 * one, otherwise a problem synthesised from the HTTP status (or from the network failure).
 */
export class ApiError extends Error implements Problem {
  readonly type: string;
  readonly status: number;
  private readonly problemTitle: string;
  private readonly problemDetail?: string;
  /** Per-field validation messages; empty when the problem is not about fields. */
  readonly errors: FieldErrors;
  /** Seconds to wait before retrying, from a `Retry-After` header (429, 503). */
  readonly retryAfter?: number;

  constructor(problem: Problem, retryAfter?: number) {
    super(problem.detail || problem.title);
    this.name = 'ApiError';
    this.type = problem.type;
    this.problemTitle = problem.title;
    this.status = problem.status;
    this.problemDetail = problem.detail;
    // The server words its problems in the page's language when it answers; a network failure has
    // no answer, so its words are looked up each time they are read (the language may change).
    Object.defineProperty(this, 'message', { get: () => this.detail || this.title, configurable: true });
    this.errors = problem.errors ?? {};
    this.retryAfter = retryAfter;
  }

  /** The problem's title; a network failure's is worded in the language active when it is read. */
  get title(): string {
    return this.type === NETWORK_PROBLEM ? t('api-network-title') : this.problemTitle;
  }

  get detail(): string | undefined {
    return this.type === NETWORK_PROBLEM ? t('api-network-detail') : this.problemDetail;
  }

  /** The first message for a field, if any. */
  fieldError(field: string): string | undefined {
    return this.errors[field]?.[0];
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.errors).length > 0;
  }

  static network(cause: unknown): ApiError {
    // Its title and detail are worded when read (see `title`), not now.
    const error = new ApiError({ type: NETWORK_PROBLEM, title: '', status: 0 });
    (error as { cause?: unknown }).cause = cause;
    return error;
  }
}

export function isApiError(value: unknown): value is ApiError {
  return value instanceof ApiError;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Keep only well-formed `{ field: [message, ...] }` entries (a lone string becomes a list). */
function parseFieldErrors(value: unknown): FieldErrors | undefined {
  if (!isRecord(value)) return undefined;
  const errors: FieldErrors = {};
  for (const [field, messages] of Object.entries(value)) {
    const list = Array.isArray(messages) ? messages : [messages];
    const strings = list.filter((m): m is string => typeof m === 'string' && m.length > 0);
    if (strings.length > 0) errors[field] = strings;
  }
  return Object.keys(errors).length > 0 ? errors : undefined;
}

function parseRetryAfter(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds;
  const date = Date.parse(header);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, Math.ceil((date - Date.now()) / 1000));
}

/**
 * Turn a failed response into an ApiError. Reads problem+json (or any JSON object) when present;
 * falls back to the status line for anything else, such as an HTML page from a proxy.
 */
export async function problemFromResponse(response: Response): Promise<ApiError> {
  const fallback: Problem = {
    type: 'about:blank',
    title: response.statusText || `HTTP ${response.status}`,
    status: response.status,
  };
  let body: unknown;
  if (/json/i.test(response.headers.get('Content-Type') ?? '')) {
    body = await response.json().catch(() => undefined);
  }
  const retryAfter = parseRetryAfter(response.headers.get('Retry-After'));
  if (!isRecord(body)) return new ApiError(fallback, retryAfter);

  return new ApiError(
    {
      type: typeof body.type === 'string' ? body.type : fallback.type,
      title: typeof body.title === 'string' ? body.title : fallback.title,
      // The status line is authoritative; the body's copy is advisory (RFC 9457 §3.1.2).
      status: response.status,
      detail: typeof body.detail === 'string' ? body.detail : undefined,
      errors: parseFieldErrors(body.errors),
    },
    retryAfter,
  );
}

/** A sentence for people: the detail when the server gave one, else the title. */
export function describeError(error: unknown): string {
  if (isApiError(error)) {
    if (error.status === 429 && error.retryAfter !== undefined) {
      return t('api-too-many-attempts', { count: error.retryAfter });
    }
    return error.detail || error.title;
  }
  if (error instanceof Error) return error.message;
  return t('api-something-went-wrong');
}
