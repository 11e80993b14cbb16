import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveClient, type LiveClientOptions, type LiveMessage, type LiveStatus } from './client';
import { FakeWebSocket } from '../test/fakeWebSocket';

const N = 'neighbourhood:n1';
const M = 'neighbourhood:n2';

let getToken: ReturnType<typeof vi.fn<(rejected: string | null) => Promise<string | null>>>;
let random: ReturnType<typeof vi.fn<() => number>>;
let statuses: LiveStatus[];
let client: LiveClient;

function makeClient(options: Partial<LiveClientOptions> = {}) {
  client = new LiveClient({
    getToken,
    url: () => 'wss://example.org/api/v1/live',
    createSocket: (url) => new FakeWebSocket(url),
    random,
    warn: () => {},
    ...options,
  });
  client.onStatus((status) => statuses.push(status));
  return client;
}

/** Starts the client and completes the handshake; returns the socket. */
async function connected(c = client): Promise<FakeWebSocket> {
  if (c.status === 'stopped') c.start();
  await vi.advanceTimersByTimeAsync(0); // the token arrives
  const socket = FakeWebSocket.last;
  socket.serverSends({ type: 'ready', user_id: 'u1' });
  return socket;
}

/** A handler that records what it gets. */
function recorder() {
  const messages: LiveMessage[] = [];
  const handler = vi.fn((message: LiveMessage) => void messages.push(message));
  return { messages, handler, seqs: () => messages.flatMap((m) => (m.type === 'event' ? [m.seq] : [])) };
}

const event = (seq: number, kind = 'member.joined', channel = N) => ({
  type: 'event',
  channel,
  seq,
  kind,
  data: { user_id: `u${seq}`, display_name: `User ${seq}`, member_count: seq },
  at: '2026-11-29T10:00:00Z',
});

beforeEach(() => {
  vi.useFakeTimers();
  FakeWebSocket.reset();
  let n = 0;
  getToken = vi.fn(async (rejected: string | null) => {
    if (rejected !== null || n === 0) n++;
    return `token-${n}`;
  });
  random = vi.fn(() => 0.5);
  statuses = [];
});

afterEach(() => {
  client?.stop();
  vi.useRealTimers();
});

describe('connecting', () => {
  it('connects with the access token in the query string and reports its status', async () => {
    makeClient();
    expect(client.status).toBe('stopped');

    const socket = await connected();

    expect(socket.url).toBe('wss://example.org/api/v1/live?access_token=token-1');
    expect(getToken).toHaveBeenCalledWith(null);
    expect(statuses).toEqual(['connecting', 'connected']);
  });

  it('uses ws: or wss: on the page’s own origin by default', async () => {
    makeClient({ url: undefined });
    const socket = await connected();
    expect(socket.url).toBe(`ws://${location.host}/api/v1/live?access_token=token-1`);
  });

  it('sends no ping while messages arrive, and one after a quiet spell; gives up without an answer', async () => {
    makeClient({ idlePingMs: 45_000, pongTimeoutMs: 15_000 });
    const socket = await connected();

    await vi.advanceTimersByTimeAsync(40_000);
    socket.serverSends({ type: 'presence', channel: N, online: 1 });
    await vi.advanceTimersByTimeAsync(40_000);
    expect(socket.sentOfType('ping')).toEqual([]);

    await vi.advanceTimersByTimeAsync(5_000);
    expect(socket.sentOfType('ping')).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(15_000);
    expect(socket.closed?.code).toBe(4000);
    expect(client.status).toBe('reconnecting');
  });

  it('gives up on a connection that never says ready', async () => {
    makeClient({ readyTimeoutMs: 15_000 });
    client.start();
    await vi.advanceTimersByTimeAsync(15_000);
    expect(FakeWebSocket.instances[0].closed).not.toBeNull();
    await vi.advanceTimersByTimeAsync(250); // random 0.5 × 500 ms
    expect(FakeWebSocket.instances).toHaveLength(2);
  });
});

describe('subscriptions', () => {
  it('sends subscribe once ready, and at once when already connected', async () => {
    makeClient();
    client.subscribe(N, () => {});
    const socket = await connected();
    expect(socket.sent).toEqual([{ type: 'subscribe', channel: N }]);

    client.subscribe(M, () => {});
    expect(socket.sent).toEqual([
      { type: 'subscribe', channel: N },
      { type: 'subscribe', channel: M },
    ]);
  });

  it('delivers events in order and drops duplicates', async () => {
    makeClient();
    const a = recorder();
    client.subscribe(N, a.handler);
    const socket = await connected();

    socket.serverSends({ type: 'subscribed', channel: N, seq: 5 });
    for (const seq of [6, 7, 7, 5, 8, 6]) socket.serverSends(event(seq));

    expect(a.messages[0]).toEqual({ type: 'subscribed', channel: N, seq: 5, resumed: false });
    expect(a.seqs()).toEqual([6, 7, 8]);
    expect(a.messages.at(-1)).toEqual({
      type: 'event',
      channel: N,
      seq: 8,
      kind: 'member.joined',
      data: { user_id: 'u8', display_name: 'User 8', member_count: 8 },
      at: '2026-11-29T10:00:00Z',
    });
    expect(client.lastSeq(N)).toBe(8);
  });

  it('keeps channels apart and ignores channels nobody subscribed to', async () => {
    makeClient();
    const a = recorder();
    const b = recorder();
    client.subscribe(N, a.handler);
    client.subscribe(M, b.handler);
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 0 });
    socket.serverSends({ type: 'subscribed', channel: M, seq: 10 });

    socket.serverSends(event(1, 'member.joined', N));
    socket.serverSends(event(11, 'member.left', M));
    socket.serverSends(event(1, 'member.joined', 'neighbourhood:other'));

    expect(a.seqs()).toEqual([1]);
    expect(b.seqs()).toEqual([11]);
  });

  it('treats a skipped seq as a reset, so the page reloads', async () => {
    makeClient();
    const a = recorder();
    client.subscribe(N, a.handler);
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 3 });

    socket.serverSends(event(6));

    expect(a.messages.slice(1).map((m) => m.type)).toEqual(['reset', 'event']);
    expect(a.messages[1]).toEqual({ type: 'reset', channel: N, seq: 5, reason: 'gap' });
  });

  it('shares one server subscription per channel and unsubscribes when the last handler leaves', async () => {
    makeClient();
    const a = recorder();
    const b = recorder();
    const leaveA = client.subscribe(N, a.handler);
    const leaveB = client.subscribe(N, b.handler);
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 1 });
    socket.serverSends(event(2));
    expect(a.seqs()).toEqual([2]);
    expect(b.seqs()).toEqual([2]);

    leaveA();
    leaveA(); // twice does nothing more
    expect(socket.sentOfType('unsubscribe')).toEqual([]);
    socket.serverSends(event(3));
    expect(a.seqs()).toEqual([2]);
    expect(b.seqs()).toEqual([2, 3]);

    const leaveC = client.subscribe(N, () => {});
    expect(socket.sentOfType('subscribe')).toHaveLength(1); // still one subscription
    leaveB();
    leaveC();
    expect(socket.sentOfType('unsubscribe')).toEqual([{ type: 'unsubscribe', channel: N }]);
  });

  it('does not mistake the answer to its own unsubscribe for the end of a new subscription', async () => {
    makeClient();
    const leave = client.subscribe(N, () => {});
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 3 });
    leave();
    const a = recorder();
    client.subscribe(N, a.handler); // e.g. back on the page at once
    expect(socket.sent.slice(1)).toEqual([
      { type: 'unsubscribe', channel: N },
      { type: 'subscribe', channel: N },
    ]);

    socket.serverSends({ type: 'unsubscribed', channel: N, reason: 'requested' });
    socket.serverSends({ type: 'subscribed', channel: N, seq: 4 });
    socket.serverSends(event(5));
    socket.serverSends({ type: 'unsubscribed', channel: N, reason: 'You no longer have access' });

    expect(a.messages.map((m) => m.type)).toEqual(['subscribed', 'event', 'unsubscribed']);
  });

  it('lets the same function subscribe twice and leave twice', async () => {
    makeClient();
    const a = recorder();
    const leave1 = client.subscribe(N, a.handler);
    const leave2 = client.subscribe(N, a.handler);
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 0 });
    socket.serverSends(event(1));
    expect(a.seqs()).toEqual([1, 1]);

    leave1();
    expect(socket.sentOfType('unsubscribe')).toEqual([]);
    leave2();
    expect(socket.sentOfType('unsubscribe')).toHaveLength(1);
  });

  it('passes presence and server unsubscriptions to the handlers; newcomers get the latest presence', async () => {
    makeClient();
    const a = recorder();
    client.subscribe(N, a.handler);
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 1 });
    socket.serverSends({ type: 'presence', channel: N, online: 3 });

    const b = recorder();
    client.subscribe(N, b.handler);
    await Promise.resolve();
    expect(b.messages).toEqual([{ type: 'presence', channel: N, online: 3 }]);

    socket.serverSends({ type: 'unsubscribed', channel: N, reason: 'removed' });
    expect(a.messages.slice(1)).toEqual([
      { type: 'presence', channel: N, online: 3 },
      { type: 'unsubscribed', channel: N, reason: 'removed' },
    ]);
    expect(b.messages.at(-1)).toEqual({ type: 'unsubscribed', channel: N, reason: 'removed' });
    expect(socket.sentOfType('subscribe')).toHaveLength(1); // not retried on the same connection
  });

  it('passes channel errors to the handlers', async () => {
    makeClient();
    const a = recorder();
    client.subscribe(N, a.handler);
    const socket = await connected();
    socket.serverSends({ type: 'error', code: 'not_found', message: 'No such channel', channel: N });
    expect(a.messages).toEqual([
      { type: 'error', channel: N, code: 'not_found', message: 'No such channel' },
    ]);
  });

  it('ignores malformed and unknown messages', async () => {
    makeClient();
    const a = recorder();
    client.subscribe(N, a.handler);
    const socket = await connected();
    socket.onmessage?.({ data: 'not json' });
    socket.serverSends({ type: 'something.new', channel: N });
    socket.serverSends({ type: 'event', channel: N, seq: 'x', kind: 'member.joined' });
    socket.serverSends({ type: 'pong' });
    expect(a.messages).toEqual([]);
  });

  it('types events by kind, and passes a newer server’s kinds and odd data on as unknown events', async () => {
    makeClient();
    const a = recorder();
    client.subscribe(N, a.handler);
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 0 });
    socket.serverSends(event(1));
    socket.serverSends({ ...event(2, 'poll.opened'), data: { poll_id: 'p1' } });
    socket.serverSends({ ...event(3, 'member.left'), data: 'not an object' });
    socket.serverSends({ ...event(4, 'restricted'), data: null });
    socket.serverSends(event(5, 'member.joined'));

    const [subscribed, joined, unknown, odd, restricted, after] = a.messages;
    expect(subscribed?.type).toBe('subscribed');
    if (joined?.type !== 'event' || joined.kind !== 'member.joined') throw new Error('not typed');
    // Narrowed by `kind`: the data is the server's `MemberJoined`.
    expect(joined.data.display_name).toBe('User 1');
    expect(unknown).toEqual({
      type: 'unknown_event',
      channel: N,
      seq: 2,
      kind: 'poll.opened',
      data: { poll_id: 'p1' },
      at: '2026-11-29T10:00:00Z',
    });
    expect(odd).toMatchObject({ type: 'unknown_event', seq: 3, kind: 'member.left' });
    expect(restricted).toMatchObject({ type: 'event', seq: 4, kind: 'restricted', data: {} });
    // Unknown events keep their place: no gap is seen, nothing is asked again.
    expect(after).toMatchObject({ type: 'event', seq: 5 });
    expect(a.messages.some((m) => m.type === 'reset')).toBe(false);
    expect(client.lastSeq(N)).toBe(5);
  });

  it('keeps delivering when one handler throws', async () => {
    makeClient();
    const b = recorder();
    client.subscribe(N, () => {
      throw new Error('boom');
    });
    client.subscribe(N, b.handler);
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 0 });
    socket.serverSends(event(1));
    expect(b.seqs()).toEqual([1]);
  });
});

describe('resuming', () => {
  it('reconnects after a network drop and resubscribes every channel with since = last seq', async () => {
    makeClient();
    const a = recorder();
    client.subscribe(N, a.handler);
    client.subscribe(M, () => {});
    const first = await connected();
    first.serverSends({ type: 'subscribed', channel: N, seq: 40 });
    first.serverSends({ type: 'subscribed', channel: M, seq: 7 });
    first.serverSends(event(41));

    first.serverCloses(1006);
    expect(client.status).toBe('reconnecting');
    await vi.advanceTimersByTimeAsync(250);
    const second = FakeWebSocket.last;
    expect(second).not.toBe(first);
    expect(second.sent).toEqual([]); // waits for ready
    second.serverSends({ type: 'ready', user_id: 'u1' });

    expect(second.sent).toEqual([
      { type: 'subscribe', channel: N, since: 41 },
      { type: 'subscribe', channel: M, since: 7 },
    ]);
    // The replay, then live events; a repeat of 41 is dropped.
    second.serverSends({ type: 'subscribed', channel: N, seq: 43 });
    for (const seq of [41, 42, 43, 44]) second.serverSends(event(seq));
    expect(a.seqs()).toEqual([41, 42, 43, 44]);
    expect(a.messages.find((m) => m.type === 'subscribed' && m.seq === 43)).toMatchObject({ resumed: true });
    expect(statuses).toEqual(['connecting', 'connected', 'reconnecting', 'connected']);
  });

  it('resumes the same way after close code 4008 (slow consumer), with the same token', async () => {
    makeClient();
    client.subscribe(N, () => {});
    const first = await connected();
    first.serverSends({ type: 'subscribed', channel: N, seq: 9 });

    first.serverCloses(4008, 'slow consumer');
    await vi.advanceTimersByTimeAsync(250);
    await connected();

    expect(FakeWebSocket.last.sent).toEqual([{ type: 'subscribe', channel: N, since: 9 }]);
    expect(FakeWebSocket.last.token).toBe('token-1');
    expect(getToken.mock.calls).toEqual([[null], [null]]);
  });

  it('refreshes the token after close code 4001 before reconnecting', async () => {
    makeClient();
    const first = await connected();
    first.serverSends({ type: 'error', code: 'unauthenticated', message: 'expired' });
    first.serverCloses(4001, 'unauthenticated');

    await vi.advanceTimersByTimeAsync(250);

    expect(getToken.mock.calls).toEqual([[null], ['token-1']]);
    expect(FakeWebSocket.last.token).toBe('token-2');
  });

  it('refreshes the token when the handshake itself is refused with 4001', async () => {
    makeClient();
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    FakeWebSocket.last.serverCloses(4001);
    await vi.advanceTimersByTimeAsync(250);
    expect(getToken).toHaveBeenLastCalledWith('token-1');
    expect(FakeWebSocket.last.token).toBe('token-2');
  });

  it('calls the handlers with reset and carries on from reset.seq', async () => {
    makeClient();
    const a = recorder();
    client.subscribe(N, a.handler);
    const first = await connected();
    first.serverSends({ type: 'subscribed', channel: N, seq: 3 });
    first.serverCloses(1001);
    await vi.advanceTimersByTimeAsync(250);
    const second = await connected();
    expect(second.sent).toEqual([{ type: 'subscribe', channel: N, since: 3 }]);

    second.serverSends({ type: 'subscribed', channel: N, seq: 900 });
    second.serverSends({ type: 'reset', channel: N, seq: 900 });
    second.serverSends(event(900));
    second.serverSends(event(901));

    expect(a.messages.filter((m) => m.type === 'reset')).toEqual([
      { type: 'reset', channel: N, seq: 900, reason: 'history_expired' },
    ]);
    expect(a.seqs()).toEqual([901]);
  });

  it('resubscribes from now a channel the server had ended', async () => {
    makeClient();
    client.subscribe(N, () => {});
    const first = await connected();
    first.serverSends({ type: 'subscribed', channel: N, seq: 3 });
    first.serverSends({ type: 'unsubscribed', channel: N, reason: 'removed' });
    first.serverCloses(1006);
    await vi.advanceTimersByTimeAsync(250);
    const second = await connected();
    expect(second.sent).toEqual([{ type: 'subscribe', channel: N }]);
  });

  it('does not resubscribe a channel whose last handler left while disconnected', async () => {
    makeClient();
    const leave = client.subscribe(N, () => {});
    client.subscribe(M, () => {});
    const first = await connected();
    first.serverCloses(1006);
    leave();
    await vi.advanceTimersByTimeAsync(250);
    const second = await connected();
    expect(second.sent).toEqual([{ type: 'subscribe', channel: M }]);
  });
});

describe('backoff', () => {
  /** Fails `count` connection attempts in a row; returns the delays before each next attempt. */
  async function failures(count: number): Promise<number[]> {
    const delays: number[] = [];
    for (let i = 0; i < count; i++) {
      const before = FakeWebSocket.instances.length;
      FakeWebSocket.last.serverCloses(1006);
      let waited = 0;
      while (FakeWebSocket.instances.length === before) {
        await vi.advanceTimersByTimeAsync(1);
        waited++;
        if (waited > 60_000) throw new Error('no reconnection');
      }
      delays.push(waited);
    }
    return delays;
  }

  it('doubles from 0.5 s up to 30 s with full jitter, and resets after ready', async () => {
    makeClient();
    random.mockReturnValue(0.999);
    await connected();

    const delays = await failures(9);
    // Upper bounds 500, 1000, 2000, ... capped at 30 000 ms, times 0.999.
    expect(delays).toEqual([499, 999, 1998, 3996, 7992, 15984, 29970, 29970, 29970]);

    FakeWebSocket.last.serverSends({ type: 'ready', user_id: 'u1' });
    expect(await failures(1)).toEqual([499]);
  });

  it('draws each delay at random below the bound', async () => {
    makeClient();
    random.mockReturnValueOnce(0.1).mockReturnValueOnce(0.8).mockReturnValueOnce(0);
    await connected();

    // 0.1 × 500 = 50 ms, 0.8 × 1000 = 800 ms, 0 × 2000 → at once (the next tick).
    expect(await failures(3)).toEqual([50, 800, 1]);
    expect(random).toHaveBeenCalledTimes(3);
  });

  it('backs off when no token can be had (network), and keeps trying', async () => {
    makeClient();
    getToken.mockRejectedValueOnce(new Error('offline'));
    client.start();
    await vi.advanceTimersByTimeAsync(0);
    expect(FakeWebSocket.instances).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(250);
    expect(FakeWebSocket.instances).toHaveLength(1);
  });
});

describe('signing out and in', () => {
  it('stops cleanly on stop(): closes, never reconnects, and forgets the places', async () => {
    makeClient();
    client.subscribe(N, () => {});
    const socket = await connected();
    socket.serverSends({ type: 'subscribed', channel: N, seq: 5 });

    client.stop();

    expect(socket.closed).toEqual({ code: 1000, reason: 'signed out' });
    expect(client.status).toBe('stopped');
    socket.serverCloses(1000); // late events of the old socket do nothing
    await vi.advanceTimersByTimeAsync(120_000);
    expect(FakeWebSocket.instances).toHaveLength(1);

    // Signing in again connects again and subscribes the channels still wanted, from now.
    const again = await connected();
    expect(again).not.toBe(socket);
    expect(again.sent).toEqual([{ type: 'subscribe', channel: N }]);
  });

  it('stops when there is no token (the session ended)', async () => {
    makeClient();
    getToken.mockResolvedValue(null);
    client.start();
    await vi.advanceTimersByTimeAsync(60_000);
    expect(FakeWebSocket.instances).toHaveLength(0);
    expect(client.status).toBe('stopped');
  });

  it('ignores a token that arrives after stop()', async () => {
    makeClient();
    let release!: (token: string) => void;
    getToken.mockReturnValueOnce(new Promise((resolve) => (release = resolve)));
    client.start();
    client.stop();
    release('late');
    await vi.advanceTimersByTimeAsync(1000);
    expect(FakeWebSocket.instances).toHaveLength(0);
  });
});
