import { vi } from 'vitest';
import { describeCall, type Call } from './http';

type Route = (call: Call) => Response | Promise<Response>;

/**
 * A stand-in for the backend at the fetch boundary: routes keyed by "METHOD /path" (without the
 * query string). Unrouted calls fail the test loudly.
 */
export function fakeServer(routes: Record<string, Route>) {
  const calls: Call[] = [];
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: RequestInfo | URL, init?: RequestInit) => {
      const call = describeCall(input, init);
      calls.push(call);
      const key = `${call.method} ${call.url.split('?')[0]}`;
      const route = routes[key];
      if (!route) throw new Error(`Unexpected request: ${key}`);
      return route(call);
    }),
  );
  return { calls, routes };
}
