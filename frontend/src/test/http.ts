/** Helpers for tests that stand in for the server at the fetch boundary. */
import { vi } from 'vitest';
import { ApiClient, memoryStore } from '../api/client';

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  const type = status >= 400 ? 'application/problem+json' : 'application/json';
  return new Response(JSON.stringify(body), { status, headers: { 'Content-Type': type, ...headers } });
}

export function problem(status: number, title: string, extra: Record<string, unknown> = {}): Response {
  return json(status, { type: `https://commonground.example/problems/${status}`, title, status, ...extra });
}

export const noContent = () => new Response(null, { status: 204 });

export interface Call {
  method: string;
  url: string;
  authorization: string | null;
  body: unknown;
}

/** What a stubbed fetch was asked, in a shape that is easy to assert on. */
export function describeCall(input: RequestInfo | URL, init: RequestInit = {}): Call {
  const headers = new Headers(init.headers);
  return {
    method: init.method ?? 'GET',
    url: String(input),
    authorization: headers.get('Authorization'),
    body: typeof init.body === 'string' ? JSON.parse(init.body) : undefined,
  };
}

/** A promise with its resolve exposed, to hold a response back while other calls start. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((r) => (resolve = r));
  return { promise, resolve };
}

/** A signed-in client whose fetch answers with `answer` and records every call in `calls`. */
export function signedInClient(calls: Call[], answer: (call: Call) => Response): ApiClient {
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const call = describeCall(input, init);
      calls.push(call);
      return answer(call);
    }),
  );
  const client = new ApiClient({ storage: memoryStore(), locks: null });
  client.setTokens({ access_token: 'access-1', refresh_token: 'refresh-1' });
  return client;
}
