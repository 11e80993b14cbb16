import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, memoryStore, REFRESH_TOKEN_KEY } from './client';
import { ApiError } from './errors';
import { createApi } from './endpoints';
import { json, problem } from '../test/http';

interface RawCall {
  method: string;
  url: string;
  headers: Headers;
  body: BodyInit | null | undefined;
}

let calls: RawCall[];

/** The API with a signed-in client whose fetch answers with `answer` and records every call. */
function apiAnswering(answer: (call: RawCall) => Response, signedIn = true) {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
      const call = {
        method: init.method ?? 'GET',
        url: String(input),
        headers: new Headers(init.headers),
        body: init.body,
      };
      calls.push(call);
      return answer(call);
    }),
  );
  const client = new ApiClient({ storage: memoryStore(), locks: null });
  if (signedIn) client.setTokens({ access_token: 'access-1', refresh_token: 'refresh-1' });
  return createApi(client);
}

const photo = {
  id: 'p1',
  url: '/api/v1/photos/p1',
  thumbnail_url: '/api/v1/photos/p1/thumbnail',
  width: 1024,
  height: 768,
};
const tokens = (n: number) => ({
  access_token: `access-${n}`,
  refresh_token: `refresh-${n}`,
  token_type: 'Bearer',
  expires_in: 900,
});

beforeEach(() => {
  calls = [];
});

describe('uploadReportPhoto', () => {
  it('sends the raw bytes with their type and the bearer token', async () => {
    const api = apiAnswering(() => json(201, photo));
    const file = new Blob([new Uint8Array([0xff, 0xd8, 0xff])], { type: 'image/jpeg' });

    await expect(api.photos.uploadReportPhoto('r 1', file)).resolves.toEqual(photo);

    expect(calls).toHaveLength(1);
    expect(calls[0].method).toBe('POST');
    expect(calls[0].url).toBe('/api/v1/reports/r%201/photos');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer access-1');
    expect(calls[0].headers.get('Content-Type')).toBe('image/jpeg');
    expect(calls[0].body).toBe(file);
  });

  it('falls back to application/octet-stream for a file without a type', async () => {
    const api = apiAnswering(() => json(201, photo));
    await api.photos.uploadReportPhoto('r1', new Blob([new Uint8Array([1, 2, 3])]));
    expect(calls[0].headers.get('Content-Type')).toBe('application/octet-stream');
  });

  it('refreshes on a 401 and sends the same bytes again', async () => {
    const api = apiAnswering((call) => {
      if (call.url === '/api/v1/auth/refresh') return json(200, tokens(2));
      return call.headers.get('Authorization') === 'Bearer access-2'
        ? json(201, photo)
        : problem(401, 'Unauthorized');
    });
    const file = new Blob(['png'], { type: 'image/png' });

    await expect(api.photos.uploadReportPhoto('r1', file)).resolves.toEqual(photo);

    expect(calls.map((c) => `${c.method} ${c.url}`)).toEqual([
      'POST /api/v1/reports/r1/photos',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/reports/r1/photos',
    ]);
    expect(calls[2].body).toBe(file);
    expect(calls[2].headers.get('Content-Type')).toBe('image/png');
  });

  it.each([
    [413, 'Payload too large'],
    [422, 'Not an image'],
    [409, 'Too many photos'],
  ])('rejects with the server’s %i problem', async (status, title) => {
    const api = apiAnswering(() => problem(status, title));
    const failure = await api.photos
      .uploadReportPhoto('r1', new Blob(['x'], { type: 'image/webp' }))
      .catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(status);
    expect((failure as ApiError).title).toBe(title);
  });
});

describe('photoBlob', () => {
  it('fetches the image at the given URL with the bearer token', async () => {
    const api = apiAnswering(
      () => new Response(new Uint8Array([0xff, 0xd8]), { headers: { 'Content-Type': 'image/jpeg' } }),
    );

    const blob = await api.photos.photoBlob(photo.thumbnail_url);

    expect(blob.type).toBe('image/jpeg');
    expect(blob.size).toBe(2);
    expect(calls).toHaveLength(1);
    expect(calls[0].url).toBe('/api/v1/photos/p1/thumbnail');
    expect(calls[0].method).toBe('GET');
    expect(calls[0].headers.get('Authorization')).toBe('Bearer access-1');
  });

  it('refreshes the access token after a reload before fetching', async () => {
    const storage = memoryStore();
    storage.setItem(REFRESH_TOKEN_KEY, 'refresh-1'); // after a reload only the refresh token is left
    const client = new ApiClient({ storage, locks: null });
    vi.stubGlobal(
      'fetch',
      vi.fn(async (input: RequestInfo | URL, init: RequestInit = {}) => {
        calls.push({
          method: init.method ?? 'GET',
          url: String(input),
          headers: new Headers(init.headers),
          body: init.body,
        });
        if (String(input) === '/api/v1/auth/refresh') return json(200, tokens(2));
        return new Response(new Uint8Array([1]), { headers: { 'Content-Type': 'image/jpeg' } });
      }),
    );

    await createApi(client).photos.photoBlob(photo.url);

    expect(calls.map((c) => c.url)).toEqual(['/api/v1/auth/refresh', '/api/v1/photos/p1']);
    expect(calls[1].headers.get('Authorization')).toBe('Bearer access-2');
  });

  it('never sends the token to another origin', async () => {
    const api = apiAnswering(
      () => new Response(new Uint8Array([1]), { headers: { 'Content-Type': 'image/jpeg' } }),
    );
    await api.photos.photoBlob('https://elsewhere.example/p1.jpg');
    expect(calls[0].headers.get('Authorization')).toBeNull();
  });

  it('rejects with an ApiError when the photo is not visible', async () => {
    const api = apiAnswering(() => problem(404, 'Not found'));
    const failure = await api.photos.photoBlob(photo.url).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(ApiError);
    expect((failure as ApiError).status).toBe(404);
  });
});
