import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, jwtExpiry, memoryStore, REFRESH_TOKEN_KEY, type KeyValueStore } from './client';
import { ApiError } from './errors';
import { createApi } from './endpoints';
import { deferred, describeCall, json, noContent, problem, type Call } from '../test/http';

type Handler = (call: Call) => Response | Promise<Response>;

let calls: Call[];
let storage: KeyValueStore;

/** Stub the global fetch with a function of the call; every call is recorded in `calls`. */
function serve(handler: Handler) {
  const fetchMock = vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
    const call = describeCall(input, init);
    calls.push(call);
    return handler(call);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

const pair = (n: number) => ({
  access_token: `access-${n}`,
  refresh_token: `refresh-${n}`,
  token_type: 'Bearer',
  expires_in: 900,
});

const isRefresh = (call: Call) => call.url === '/api/v1/auth/refresh';
const refreshCalls = () => calls.filter(isRefresh);

function signedInClient(access = 'access-1', refresh = 'refresh-1') {
  const client = new ApiClient({ storage, locks: null });
  client.setTokens({ access_token: access, refresh_token: refresh });
  return client;
}

beforeEach(() => {
  calls = [];
  storage = memoryStore();
});

describe('requests', () => {
  it('sends JSON with the bearer token and returns the parsed body', async () => {
    serve(() => json(201, { id: 'n1', name: 'Elm Street' }));
    const client = signedInClient();

    const body = await client.request('/neighbourhoods', { method: 'POST', body: { name: 'Elm Street' } });

    expect(body).toEqual({ id: 'n1', name: 'Elm Street' });
    expect(calls).toEqual([
      {
        method: 'POST',
        url: '/api/v1/neighbourhoods',
        authorization: 'Bearer access-1',
        body: { name: 'Elm Street' },
      },
    ]);
  });

  it('builds the query string and leaves out empty values', async () => {
    serve(() => json(200, { items: [], next_cursor: null }));
    const api = createApi(new ApiClient({ storage, locks: null }));

    await api.neighbourhoods.list({
      q: 'elm & oak',
      near: { lat: 51.5, lon: -0.12 },
      cursor: null,
      limit: 5,
    });
    await api.neighbourhoods.list({ q: '' });

    expect(calls.map((c) => c.url)).toEqual([
      '/api/v1/neighbourhoods?q=elm+%26+oak&near=51.5%2C-0.12&limit=5',
      '/api/v1/neighbourhoods',
    ]);
    expect(calls[0].authorization).toBeNull();
  });

  it('resolves 204 answers to undefined', async () => {
    serve(() => noContent());
    await expect(
      signedInClient().request('/neighbourhoods/n1/leave', { method: 'POST' }),
    ).resolves.toBeUndefined();
  });

  it('rejects with a typed ApiError carrying the field errors', async () => {
    serve(() =>
      problem(422, 'Invalid input', {
        errors: { name: ['must be 3 to 80 characters'] },
        detail: 'Check the fields.',
      }),
    );

    const failure = await signedInClient()
      .request('/neighbourhoods', { method: 'POST', body: { name: 'x' } })
      .catch((e: unknown) => e);

    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(422);
    expect((failure as ApiError).fieldError('name')).toBe('must be 3 to 80 characters');
  });

  it('turns a network failure into an ApiError with status 0', async () => {
    serve(() => Promise.reject(new TypeError('Failed to fetch')));
    const failure = await signedInClient()
      .request('/me')
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(0);
  });
});

describe('token refresh', () => {
  it('refreshes once on a 401 and retries with the new access token', async () => {
    serve((call) => {
      if (isRefresh(call)) return json(200, pair(2));
      return call.authorization === 'Bearer access-2'
        ? json(200, { id: 'me' })
        : problem(401, 'Token expired');
    });
    const client = signedInClient();

    await expect(client.request('/me')).resolves.toEqual({ id: 'me' });

    expect(calls.map((c) => `${c.method} ${c.url} ${c.authorization ?? '-'}`)).toEqual([
      'GET /api/v1/me Bearer access-1',
      'POST /api/v1/auth/refresh -',
      'GET /api/v1/me Bearer access-2',
    ]);
    expect(refreshCalls()[0].body).toEqual({ refresh_token: 'refresh-1' });
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-2');
  });

  it('shares one refresh among concurrent 401s (single flight)', async () => {
    const refreshAnswer = deferred<Response>();
    serve((call) => {
      if (isRefresh(call)) return refreshAnswer.promise;
      return call.authorization === 'Bearer access-2'
        ? json(200, { url: call.url })
        : problem(401, 'Token expired');
    });
    const client = signedInClient();

    const results = Promise.all([
      client.request('/me'),
      client.request('/neighbourhoods/a'),
      client.request('/neighbourhoods/b'),
    ]);
    await vi.waitFor(() => expect(refreshCalls()).toHaveLength(1));
    // All three have had their 401 before the refresh answers.
    await vi.waitFor(() =>
      expect(calls.filter((c) => c.authorization === 'Bearer access-1')).toHaveLength(3),
    );
    refreshAnswer.resolve(json(200, pair(2)));

    await expect(results).resolves.toEqual([
      { url: '/api/v1/me' },
      { url: '/api/v1/neighbourhoods/a' },
      { url: '/api/v1/neighbourhoods/b' },
    ]);
    expect(refreshCalls()).toHaveLength(1);
    expect(calls.filter((c) => c.authorization === 'Bearer access-2')).toHaveLength(3);
  });

  it('does not refresh again for a 401 that arrives after another call already refreshed', async () => {
    const slow401 = deferred<Response>();
    let first = true;
    serve((call) => {
      if (isRefresh(call)) return json(200, pair(2));
      if (call.authorization === 'Bearer access-2') return json(200, { ok: call.url });
      if (call.url.endsWith('/slow') && first) {
        first = false;
        return slow401.promise;
      }
      return problem(401, 'Token expired');
    });
    const client = signedInClient();

    const slow = client.request('/slow');
    await expect(client.request('/fast')).resolves.toEqual({ ok: '/api/v1/fast' });
    slow401.resolve(problem(401, 'Token expired'));

    await expect(slow).resolves.toEqual({ ok: '/api/v1/slow' });
    // A second refresh would re-present a rotated token and get the session revoked.
    expect(refreshCalls()).toHaveLength(1);
  });

  it('gets an access token from the stored refresh token before the first call after a reload', async () => {
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-1');
    serve((call) => (isRefresh(call) ? json(200, pair(2)) : json(200, { viewer: call.authorization })));
    const client = new ApiClient({ storage, locks: null });

    await expect(client.request('/neighbourhoods/n1')).resolves.toEqual({ viewer: 'Bearer access-2' });
    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/refresh', '/api/v1/neighbourhoods/n1']);
  });

  it('ends the session when the refresh token is refused, and reports the original 401', async () => {
    serve((call) => (isRefresh(call) ? problem(401, 'Refresh token reused') : problem(401, 'Token expired')));
    const client = signedInClient();
    const ended = vi.fn();
    client.onSessionEnd(ended);

    const failure = await client.request('/me').catch((e: unknown) => e);

    expect((failure as ApiError).status).toBe(401);
    expect((failure as ApiError).title).toBe('Token expired');
    expect(ended).toHaveBeenCalledTimes(1);
    expect(client.hasSession).toBe(false);
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
    expect(calls.filter((c) => c.url === '/api/v1/me')).toHaveLength(1); // no retry without a token
  });

  it('keeps the refresh token when the refresh fails for another reason', async () => {
    serve((call) => (isRefresh(call) ? problem(503, 'Database unavailable') : problem(401, 'Token expired')));
    const client = signedInClient();

    const failure = await client.request('/me').catch((e: unknown) => e);

    expect((failure as ApiError).status).toBe(503);
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBe('refresh-1');
  });

  it('does not try to refresh for calls made without authentication, such as login', async () => {
    serve(() => problem(401, 'Invalid credentials'));
    const api = createApi(signedInClient());

    const failure = await api.auth
      .login({ email: 'a@example.org', password: 'wrong-password' })
      .catch((e: unknown) => e);

    expect((failure as ApiError).status).toBe(401);
    expect(calls).toHaveLength(1);
    expect(calls[0].authorization).toBeNull();
  });

  it('reads the refresh token under the cross-tab lock, so a token rotated by another tab is used', async () => {
    const lockNames: string[] = [];
    const locks = {
      request: async <T>(name: string, callback: () => Promise<T>) => {
        lockNames.push(name);
        storage.setItem(REFRESH_TOKEN_KEY, 'refresh-from-other-tab'); // another tab rotated it meanwhile
        return callback();
      },
    };
    serve((call) =>
      isRefresh(call)
        ? json(200, pair(3))
        : call.authorization === 'Bearer access-3'
          ? json(200, {})
          : problem(401, 'Expired'),
    );
    const client = new ApiClient({ storage, locks });
    client.setTokens({ access_token: 'access-1', refresh_token: 'refresh-1' });

    await client.request('/me');

    expect(lockNames).toEqual(['commonground.refresh']);
    expect(refreshCalls()[0].body).toEqual({ refresh_token: 'refresh-from-other-tab' });
  });
});

describe('login and logout', () => {
  it('keeps the access token in memory and only the refresh token in storage', async () => {
    serve((call) => (call.url.endsWith('/auth/login') ? json(200, pair(1)) : json(200, { id: 'me' })));
    const saved = new Map<string, string>();
    const spyStore: KeyValueStore = {
      getItem: (key) => saved.get(key) ?? null,
      setItem: (key, value) => void saved.set(key, value),
      removeItem: (key) => void saved.delete(key),
    };
    const api = createApi(new ApiClient({ storage: spyStore, locks: null }));

    await api.auth.login({ email: 'a@example.org', password: 'correct horse' });
    await api.me.get();

    expect(calls[0].body).toEqual({ email: 'a@example.org', password: 'correct horse' });
    expect([...saved.entries()]).toEqual([[REFRESH_TOKEN_KEY, 'refresh-1']]);
    expect(calls[1].authorization).toBe('Bearer access-1');
  });

  it('revokes the refresh token on logout and forgets the tokens even if the server fails', async () => {
    serve(() => problem(500, 'Internal error'));
    const client = signedInClient();
    const api = createApi(client);

    await expect(api.auth.logout()).rejects.toBeInstanceOf(ApiError);

    expect(calls).toEqual([
      {
        method: 'POST',
        url: '/api/v1/auth/logout',
        authorization: null,
        body: { refresh_token: 'refresh-1' },
      },
    ]);
    expect(client.hasSession).toBe(false);
    expect(storage.getItem(REFRESH_TOKEN_KEY)).toBeNull();
  });
});

/** A JWT-shaped token (unsigned) that expires at `exp` seconds since the epoch. */
function jwt(exp: number, subject = 'u1'): string {
  const part = (value: unknown) =>
    btoa(JSON.stringify(value)).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_');
  return `${part({ alg: 'HS256', typ: 'JWT' })}.${part({ sub: subject, exp })}.signature`;
}

describe('fresh access tokens (for the live WebSocket)', () => {
  const now = 1_800_000_000_000;

  function client(access: string | null, refresh: string | null = 'refresh-1') {
    if (refresh) storage.setItem(REFRESH_TOKEN_KEY, refresh);
    const c = new ApiClient({ storage, locks: null, now: () => now });
    if (access && refresh) c.setTokens({ access_token: access, refresh_token: refresh });
    return c;
  }

  it('reads the expiry of a JWT, and null from anything else', () => {
    expect(jwtExpiry(jwt(1_800_000_123))).toBe(1_800_000_123_000);
    expect(jwtExpiry('access-1')).toBeNull();
    expect(jwtExpiry('a.!!!.c')).toBeNull();
  });

  it('returns the current token, without a request, while it is valid for a while yet', async () => {
    serve(() => json(200, pair(2)));
    const token = jwt(now / 1000 + 600);

    expect(await client(token).freshAccessToken()).toBe(token);
    expect(await client('opaque-token').freshAccessToken()).toBe('opaque-token');
    expect(calls).toEqual([]);
  });

  it('refreshes first when there is no access token yet (after a reload)', async () => {
    serve(() => json(200, pair(2)));

    expect(await client(null).freshAccessToken()).toBe('access-2');
    expect(refreshCalls().map((c) => c.body)).toEqual([{ refresh_token: 'refresh-1' }]);
  });

  it('refreshes first when the token expires within 30 seconds', async () => {
    serve(() => json(200, pair(2)));

    expect(await client(jwt(now / 1000 + 20)).freshAccessToken()).toBe('access-2');
    expect(refreshCalls()).toHaveLength(1);
  });

  it('refreshes when the server refused the current token, once for concurrent callers', async () => {
    serve(() => json(200, pair(2)));
    const c = client('access-1');

    const tokens = await Promise.all([c.freshAccessToken('access-1'), c.freshAccessToken('access-1')]);

    expect(tokens).toEqual(['access-2', 'access-2']);
    expect(refreshCalls()).toHaveLength(1);
    // A caller that reports the old token after the refresh gets the new one without another.
    expect(await c.freshAccessToken('access-1')).toBe('access-2');
    expect(refreshCalls()).toHaveLength(1);
  });

  it('resolves null when signed out or when the server ends the session', async () => {
    const ended = vi.fn();
    serve(() => problem(401, 'Unauthenticated'));

    expect(await client(null, null).freshAccessToken()).toBeNull();
    expect(calls).toEqual([]);

    const c = client('access-1');
    c.onSessionEnd(ended);
    expect(await c.freshAccessToken('access-1')).toBeNull();
    expect(ended).toHaveBeenCalledOnce();
    expect(c.hasSession).toBe(false);
  });

  it('rejects on network failures and keeps the session', async () => {
    serve(() => {
      throw new TypeError('Failed to fetch');
    });
    const c = client(null);

    await expect(c.freshAccessToken()).rejects.toBeInstanceOf(ApiError);
    expect(c.hasSession).toBe(true);
  });
});
