import { requestLanguage } from '../i18n';
import { ApiError, problemFromResponse } from './errors';
import type { TokenPair } from './types';

/** The subset of the Web Storage API the client needs (localStorage in the browser). */
export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** The subset of the Web Locks API the client needs (navigator.locks in the browser). */
export interface LockManagerLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

export interface ApiClientOptions {
  /** Prefix for every path; default `/api/v1` on the page's own origin. */
  baseUrl?: string;
  /** Default: the global fetch, looked up at call time. */
  fetch?: typeof fetch;
  /** Where the refresh token lives; default localStorage. */
  storage?: KeyValueStore;
  /** Serialises refreshes across tabs; default navigator.locks when the browser has it. */
  locks?: LockManagerLike | null;
  /** The clock, in milliseconds since the epoch; default Date.now. */
  now?: () => number;
}

export type QueryValue = string | number | boolean | null | undefined;

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  query?: Record<string, QueryValue>;
  /** Sent as JSON. */
  body?: unknown;
  /** Sent as it is (e.g. an image), with its own type or `application/octet-stream`. */
  raw?: Blob;
  /**
   * Whether this call acts as the signed-in user (default true): the bearer token is sent, and a
   * 401 triggers one refresh and one retry. The token endpoints themselves pass false.
   */
  auth?: boolean;
  /**
   * Sent as `Idempotency-Key`: the server does a write named by a key once, and answers a repeat
   * with the first answer (see docs/offline.md).
   */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export const REFRESH_TOKEN_KEY = 'commonground.refresh_token';
const REFRESH_LOCK = 'commonground.refresh';
/** An access token this close to its expiry is refreshed before it is handed out. */
const MIN_TOKEN_VALIDITY_MS = 30_000;

/** A store that forgets on reload: used where localStorage is unavailable. */
export function memoryStore(): KeyValueStore {
  const data = new Map<string, string>();
  return {
    getItem: (key) => data.get(key) ?? null,
    setItem: (key, value) => void data.set(key, value),
    removeItem: (key) => void data.delete(key),
  };
}

function defaultStorage(): KeyValueStore {
  try {
    return globalThis.localStorage ?? memoryStore();
  } catch {
    return memoryStore(); // storage disabled by the browser's privacy settings
  }
}

function defaultLocks(): LockManagerLike | null {
  return (globalThis.navigator as Navigator | undefined)?.locks ?? null;
}

/**
 * HTTP access to the Commonground API.
 *
 * The access token lives only in memory; the refresh token lives in storage so a reload can
 * get a new access token. Refresh tokens are single-use, so refreshing is single-flight: every
 * caller that needs a refresh while one is running waits for that one instead of starting its own
 * (a second use of the same refresh token would make the server revoke the whole session).
 */
export class ApiClient {
  private readonly baseUrl: string;
  private readonly fetchImpl: typeof fetch;
  private readonly storage: KeyValueStore;
  private readonly locks: LockManagerLike | null;
  private readonly now: () => number;
  private accessToken: string | null = null;
  private refreshing: Promise<boolean> | null = null;
  private readonly sessionEndListeners = new Set<() => void>();

  constructor(options: ApiClientOptions = {}) {
    this.baseUrl = (options.baseUrl ?? '/api/v1').replace(/\/+$/, '');
    this.fetchImpl = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
    this.storage = options.storage ?? defaultStorage();
    this.locks = options.locks === undefined ? defaultLocks() : options.locks;
    this.now = options.now ?? Date.now;
  }

  /** True when a refresh token is stored, i.e. there is a session to resume. */
  get hasSession(): boolean {
    return this.storage.getItem(REFRESH_TOKEN_KEY) !== null;
  }

  get refreshToken(): string | null {
    return this.storage.getItem(REFRESH_TOKEN_KEY);
  }

  setTokens(pair: Pick<TokenPair, 'access_token' | 'refresh_token'>): void {
    this.accessToken = pair.access_token;
    this.storage.setItem(REFRESH_TOKEN_KEY, pair.refresh_token);
  }

  clearTokens(): void {
    this.accessToken = null;
    this.storage.removeItem(REFRESH_TOKEN_KEY);
  }

  /** Called when the session ends without the user asking (the refresh token was refused). */
  onSessionEnd(listener: () => void): () => void {
    this.sessionEndListeners.add(listener);
    return () => this.sessionEndListeners.delete(listener);
  }

  async request<T>(path: string, options: RequestOptions = {}): Promise<T> {
    const response = await this.authorizedFetch(this.url(path, options.query), options);
    if (!response.ok) throw await problemFromResponse(response);
    return (await readJson(response)) as T;
  }

  /**
   * Fetches a binary resource (such as a photo) at a URL the API handed out, with the bearer
   * token: photos of private neighbourhoods need it, so a plain `<img src>` cannot load them.
   * The token is only sent to URLs on the API's own origin.
   */
  async blob(url: string, options: Pick<RequestOptions, 'signal'> & { accept?: string } = {}): Promise<Blob> {
    const response = await this.authorizedFetch(url, {
      signal: options.signal,
      auth: this.isOwnUrl(url),
      accept: `${options.accept ?? 'image/*'}, application/problem+json`,
    });
    if (!response.ok) throw await problemFromResponse(response);
    return response.blob();
  }

  /** Whether `url` is on the same origin as the API (relative URLs are resolved against the page). */
  private isOwnUrl(url: string): boolean {
    const page = (globalThis.location as Location | undefined)?.href ?? 'http://localhost/';
    try {
      return new URL(url, page).origin === new URL(this.baseUrl, page).origin;
    } catch {
      return false;
    }
  }

  /** Sends with the bearer token (unless `auth` is false), refreshing once and retrying on a 401. */
  private async authorizedFetch(
    url: string,
    options: RequestOptions & { accept?: string },
  ): Promise<Response> {
    const auth = options.auth ?? true;
    // After a reload only the refresh token survives: trade it for an access token first, so the
    // server sees who is asking even on endpoints that also answer anonymous callers.
    if (auth && this.accessToken === null && this.hasSession) await this.refresh();

    const tokenSent = auth ? this.accessToken : null;
    let response = await this.send(url, options, tokenSent);

    if (response.status === 401 && auth && this.hasSession) {
      // Another caller may already have refreshed while this request was in flight.
      const alreadyRenewed = this.accessToken !== null && this.accessToken !== tokenSent;
      if (alreadyRenewed || (await this.refresh())) {
        response = await this.send(url, options, this.accessToken);
      }
    }
    return response;
  }

  /**
   * An access token for something other than fetch, such as the live WebSocket (browsers cannot
   * set its headers, so the token travels in the URL). Returns the current token unless it is
   * missing, about to expire (by its JWT `exp`), or the one in `rejected` (a token the server just
   * refused); otherwise refreshes first. A token already replaced by another caller's refresh is
   * returned without another refresh. Resolves null when there is no session (or the server ended
   * it); rejects on network or server failures, like `refresh()`.
   */
  async freshAccessToken(rejected: string | null = null): Promise<string | null> {
    const usable = (token: string | null): token is string =>
      token !== null && token !== rejected && !this.expiresSoon(token);
    if (usable(this.accessToken)) return this.accessToken;
    if (!this.hasSession) return null;
    if (!(await this.refresh())) return null;
    return this.accessToken;
  }

  private expiresSoon(token: string): boolean {
    const expiresAt = jwtExpiry(token);
    return expiresAt !== null && expiresAt - this.now() < MIN_TOKEN_VALIDITY_MS;
  }

  /**
   * Trade the stored refresh token for a new pair. Resolves false (and ends the session) when the
   * server refuses the token; rejects on network or server failures, keeping the token.
   */
  refresh(): Promise<boolean> {
    this.refreshing ??= this.refreshAcrossTabs().finally(() => {
      this.refreshing = null;
    });
    return this.refreshing;
  }

  private refreshAcrossTabs(): Promise<boolean> {
    const exchange = () => this.exchangeRefreshToken();
    return this.locks ? this.locks.request(REFRESH_LOCK, exchange) : exchange();
  }

  private async exchangeRefreshToken(): Promise<boolean> {
    // Read the token only now, under the lock: another tab may have just rotated it.
    const refreshToken = this.refreshToken;
    if (refreshToken === null) {
      this.endSession();
      return false;
    }
    const response = await this.send(
      this.url('/auth/refresh'),
      { method: 'POST', body: { refresh_token: refreshToken } },
      null,
    );
    if (response.status === 400 || response.status === 401) {
      this.endSession();
      return false;
    }
    if (!response.ok) throw await problemFromResponse(response);
    this.setTokens((await readJson(response)) as TokenPair);
    return true;
  }

  private endSession(): void {
    const hadSession = this.hasSession || this.accessToken !== null;
    this.clearTokens();
    if (hadSession) this.sessionEndListeners.forEach((listener) => listener());
  }

  private async send(
    url: string,
    options: RequestOptions & { accept?: string },
    token: string | null,
  ): Promise<Response> {
    const headers: Record<string, string> = {
      Accept: options.accept ?? 'application/json, application/problem+json',
      // Problems and server-made texts come back in the language the page is shown in.
      'Accept-Language': requestLanguage(),
    };
    let body: BodyInit | undefined;
    if (options.raw !== undefined) {
      headers['Content-Type'] = options.raw.type || 'application/octet-stream';
      body = options.raw;
    } else if (options.body !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(options.body);
    }
    if (token) headers.Authorization = `Bearer ${token}`;
    if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey;
    try {
      return await this.fetchImpl(url, {
        method: options.method ?? 'GET',
        headers,
        body,
        signal: options.signal,
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw ApiError.network(error);
    }
  }

  private url(path: string, query?: Record<string, QueryValue>): string {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query ?? {})) {
      if (value !== undefined && value !== null && value !== '') params.set(key, String(value));
    }
    const search = params.toString();
    return `${this.baseUrl}${path}${search ? `?${search}` : ''}`;
  }
}

/** When a JWT expires (its `exp` claim, in milliseconds), or null if that cannot be read. */
export function jwtExpiry(token: string): number | null {
  const payload = token.split('.')[1];
  if (!payload) return null;
  try {
    const base64 = payload.replace(/-/g, '+').replace(/_/g, '/');
    const claims: unknown = JSON.parse(atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '=')));
    const exp = (claims as { exp?: unknown } | null)?.exp;
    return typeof exp === 'number' && Number.isFinite(exp) ? exp * 1000 : null;
  } catch {
    return null;
  }
}

/** The JSON body, or undefined for 204 and other empty answers. */
async function readJson(response: Response): Promise<unknown> {
  if (response.status === 204) return undefined;
  const text = await response.text();
  return text ? JSON.parse(text) : undefined;
}
