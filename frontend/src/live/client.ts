/**
 * The live client: one WebSocket to `/api/v1/live` (docs/live-protocol.md) shared by the whole app.
 *
 * Components subscribe to channels with handlers; the client keeps one server subscription per
 * channel, the last `seq` seen on each, and reconnects with jittered exponential backoff,
 * resubscribing with `since` so that nothing is missed or seen twice. Everything it carries is also
 * available over HTTP, which stays the source of truth: handlers use events as hints to reload.
 */

import { isLiveEventKind } from '../api/kinds';
import type { Schema } from '../api/types';

// ---- What handlers receive ------------------------------------------------------------------

/**
 * The kind and data of an event, as the server's contract says (`schema.d.ts`, generated from its
 * enums): one of its `LiveEvent` variants, or `restricted`, the placeholder for an event this user
 * may not see (no data).
 */
export type LiveEventBody = Schema<'LiveEvent'> | Schema<'RestrictedEvent'>;

/** What an event of `kind` carries, as the server's `LiveEvent` union says. */
export type EventData<K extends LiveEventBody['kind']> = Extract<LiveEventBody, { kind: K }>['data'];

interface EventPlace {
  type: 'event';
  channel: string;
  seq: number;
  /** RFC 3339; empty when the server did not say. */
  at: string;
}

/** An event of a kind this version knows: switching on `kind` narrows `data` to that kind's. */
export type LiveEvent = EventPlace & LiveEventBody;

/**
 * An event this version cannot type: a kind from a newer server, or data that is not an object.
 * It keeps its place in the channel's order (its `seq` counts) and is passed on, so that a page
 * may still reload after it, but it never reaches a handler that expects the contract's data.
 */
export interface UnknownLiveEvent {
  type: 'unknown_event';
  channel: string;
  seq: number;
  kind: string;
  data: unknown;
  at: string;
}

export type LiveMessage =
  | LiveEvent
  | UnknownLiveEvent
  /** The server started (`resumed`: with `since`, so missed events follow) the subscription. */
  | { type: 'subscribed'; channel: string; seq: number; resumed: boolean }
  /**
   * The client lost its place (`history_expired`: `since` was older than the server keeps;
   * `gap`: a `seq` was skipped): reload the state over HTTP. Events after `seq` follow.
   */
  | { type: 'reset'; channel: string; seq: number; reason: 'history_expired' | 'gap' }
  | { type: 'presence'; channel: string; online: number }
  /** The server ended the subscription (e.g. the member was removed from a private neighbourhood). */
  | { type: 'unsubscribed'; channel: string; reason: string }
  /** The server refused the subscription (`not_found`, `forbidden`, ...). */
  | { type: 'error'; channel: string; code: string; message: string };

export type LiveHandler = (message: LiveMessage) => void;

/**
 * `stopped`: not started, or signed out. `connecting`: the first connection since `start()` is
 * being made. `connected`: authenticated (`ready`). `reconnecting`: lost, trying again.
 */
export type LiveStatus = 'stopped' | 'connecting' | 'connected' | 'reconnecting';

// ---- What it needs --------------------------------------------------------------------------

/** The subset of the browser's WebSocket the client uses. */
export interface WebSocketLike {
  onmessage: ((event: { data: unknown }) => void) | null;
  onclose: ((event: { code: number; reason: string }) => void) | null;
  onerror: ((event: unknown) => void) | null;
  send(data: string): void;
  close(code?: number, reason?: string): void;
}

export type TimerId = ReturnType<typeof setTimeout>;

export interface LiveClientOptions {
  /**
   * A usable access token, or null when signed out (the client then stops). `rejected` is the
   * token the server just refused (close code 4001), which must not be returned again.
   */
  getToken(rejected: string | null): Promise<string | null>;
  /** The endpoint without the token; default `/api/v1/live` on the page's origin (ws: or wss:). */
  url?: () => string;
  /** Default: `new WebSocket(url)`, looked up at call time. */
  createSocket?: (url: string) => WebSocketLike;
  setTimeout?: (callback: () => void, ms: number) => TimerId;
  clearTimeout?: (id: TimerId) => void;
  /** In [0, 1); default Math.random. */
  random?: () => number;
  /** The first reconnection delay's upper bound; doubles per failure up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** How long to wait for `ready` after opening before giving up on a connection. */
  readyTimeoutMs?: number;
  /**
   * After this long without any message, send a `ping`; after `pongTimeoutMs` more without an
   * answer, treat the connection as dead. (The server's own pings are answered by the browser
   * unseen, so only this notices a connection that died silently.) 0 disables it.
   */
  idlePingMs?: number;
  pongTimeoutMs?: number;
  /** Where unexpected things are reported; default console.warn. */
  warn?: (message: string, detail?: unknown) => void;
}

/** Close codes from the protocol. */
export const CLOSE_UNAUTHENTICATED = 4001;
export const CLOSE_SLOW_CONSUMER = 4008;
/** Used by the client when it gives up on a silent connection. */
const CLOSE_NO_ANSWER = 4000;

/** Channel errors after which the server holds no subscription for the channel. */
const REFUSALS = new Set(['not_found', 'forbidden', 'unknown_channel', 'too_many_subscriptions']);

interface ChannelState {
  handlers: Set<LiveHandler>;
  /** The last `seq` processed; null: none yet (subscribe from now). */
  lastSeq: number | null;
  /** What `since` the last subscribe sent, to tell the handlers whether it resumed. */
  sentSince: number | null;
  /** The latest presence, for handlers that arrive later. */
  presence: LiveMessage | null;
}

function defaultUrl(): string {
  const { protocol, host } = globalThis.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/api/v1/live`;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isSeq = (value: unknown): value is number => Number.isSafeInteger(value) && (value as number) >= 0;

/**
 * An event message as the contract types it. The kind is checked against the kinds this version
 * knows and the data must be an object; the fields inside are the server's contract (generated
 * types, checked in CI on both sides) and are not re-validated one by one. Anything else is an
 * `unknown_event`, never dropped: its seq has been counted, and a page may want to reload.
 */
function eventOf(channel: string, seq: number, kind: string, data: unknown, at: unknown): LiveMessage {
  const when = typeof at === 'string' ? at : '';
  if (kind === 'restricted') return { type: 'event', channel, seq, kind, data: {}, at: when };
  if (isLiveEventKind(kind) && isObject(data)) {
    return { type: 'event', channel, seq, kind, data, at: when } as LiveEvent;
  }
  return { type: 'unknown_event', channel, seq, kind, data: data ?? null, at: when };
}

export class LiveClient {
  private readonly options: Required<Omit<LiveClientOptions, 'getToken'>>;
  private readonly getToken: LiveClientOptions['getToken'];
  private readonly channels = new Map<string, ChannelState>();
  private readonly statusListeners = new Set<(status: LiveStatus) => void>();
  /**
   * Unsubscribes sent on this connection and not yet answered: the server confirms each with
   * `unsubscribed`, which must not end a subscription made again meanwhile.
   */
  private readonly unsubscribesSent = new Map<string, number>();

  private currentStatus: LiveStatus = 'stopped';
  private stopped = true;
  private socket: WebSocketLike | null = null;
  /** True once the current socket got `ready`. */
  private ready = false;
  /** Bumped by every connection attempt and by stop(), so stale callbacks do nothing. */
  private attemptId = 0;
  /** Failures since the last `ready`: the exponent of the backoff. */
  private failures = 0;
  private token: string | null = null;
  private rejectedToken: string | null = null;
  private reconnectTimer: TimerId | null = null;
  /** Waits for `ready`, or for any message (then pings, then gives up). */
  private healthTimer: TimerId | null = null;

  constructor(options: LiveClientOptions) {
    this.getToken = options.getToken;
    this.options = {
      url: options.url ?? defaultUrl,
      // The browser's event types are richer than these handlers need.
      createSocket:
        options.createSocket ?? ((url) => new globalThis.WebSocket(url) as unknown as WebSocketLike),
      setTimeout: options.setTimeout ?? ((callback, ms) => globalThis.setTimeout(callback, ms)),
      clearTimeout: options.clearTimeout ?? ((id) => globalThis.clearTimeout(id)),
      random: options.random ?? Math.random,
      initialBackoffMs: options.initialBackoffMs ?? 500,
      maxBackoffMs: options.maxBackoffMs ?? 30_000,
      readyTimeoutMs: options.readyTimeoutMs ?? 15_000,
      idlePingMs: options.idlePingMs ?? 45_000,
      pongTimeoutMs: options.pongTimeoutMs ?? 15_000,
      warn: options.warn ?? ((message, detail) => console.warn(`[live] ${message}`, detail ?? '')),
    };
  }

  get status(): LiveStatus {
    return this.currentStatus;
  }

  /** Calls `listener` with every change of status; returns a function that stops it. */
  onStatus(listener: (status: LiveStatus) => void): () => void {
    this.statusListeners.add(listener);
    return () => void this.statusListeners.delete(listener);
  }

  /** Connects (after sign-in). Subscriptions made before or while stopped are sent once ready. */
  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.failures = 0;
    this.setStatus('connecting');
    void this.connect();
  }

  /**
   * Disconnects without reconnecting (on sign-out). Handlers stay registered, but the places kept
   * in the channels are forgotten: the next `start()` may be for someone else.
   */
  stop(): void {
    this.stopped = true;
    this.attemptId++;
    this.clearTimers();
    this.closeSocket(1000, 'signed out');
    this.token = null;
    this.rejectedToken = null;
    for (const state of this.channels.values()) {
      state.lastSeq = null;
      state.sentSince = null;
      state.presence = null;
    }
    this.setStatus('stopped');
  }

  /**
   * Calls `handler` with every message for `channel` from now on. Several handlers may share a
   * channel; the server subscription ends when the last one leaves. Returns that leaving function.
   */
  subscribe(channel: string, handler: LiveHandler): () => void {
    // A wrapper of its own, so that the same function can subscribe twice and leave twice.
    const entry: LiveHandler = (message) => handler(message);
    let state = this.channels.get(channel);
    if (!state) {
      state = { handlers: new Set(), lastSeq: null, sentSince: null, presence: null };
      this.channels.set(channel, state);
      if (this.ready) this.sendSubscribe(channel, state);
    } else if (state.presence) {
      // Joining an existing subscription: tell the newcomer who is online, as the others know.
      const presence = state.presence;
      queueMicrotask(() => {
        if (this.channels.get(channel)?.handlers.has(entry)) this.call(entry, presence);
      });
    }
    state.handlers.add(entry);

    let subscribed = true;
    return () => {
      if (!subscribed) return;
      subscribed = false;
      const current = this.channels.get(channel);
      if (!current?.handlers.delete(entry) || current.handlers.size > 0) return;
      this.channels.delete(channel);
      if (this.ready) {
        this.send({ type: 'unsubscribe', channel });
        this.unsubscribesSent.set(channel, (this.unsubscribesSent.get(channel) ?? 0) + 1);
      }
    };
  }

  /** The last `seq` processed on a channel (for tests and debugging). */
  lastSeq(channel: string): number | null {
    return this.channels.get(channel)?.lastSeq ?? null;
  }

  // ---- Connection ---------------------------------------------------------------------------

  private async connect(): Promise<void> {
    const attempt = ++this.attemptId;
    let token: string | null;
    try {
      token = await this.getToken(this.rejectedToken);
    } catch (error) {
      if (attempt !== this.attemptId) return;
      this.options.warn('could not get an access token', error);
      this.scheduleReconnect();
      return;
    }
    if (attempt !== this.attemptId) return; // stopped (or restarted) meanwhile
    if (token === null) {
      this.stop(); // signed out
      return;
    }
    this.token = token;
    this.rejectedToken = null;

    let socket: WebSocketLike;
    try {
      socket = this.options.createSocket(`${this.options.url()}?access_token=${encodeURIComponent(token)}`);
    } catch (error) {
      this.options.warn('could not open the WebSocket', error);
      this.scheduleReconnect();
      return;
    }
    this.socket = socket;
    this.ready = false;
    socket.onmessage = (event) => {
      if (this.socket === socket) this.receive(event.data);
    };
    socket.onclose = (event) => {
      if (this.socket === socket) this.lost(event.code);
    };
    socket.onerror = () => {}; // a close event follows
    this.setHealthTimer(this.options.readyTimeoutMs, () => this.giveUp());
  }

  /** The connection ended (or failed to start) other than by stop(): try again later. */
  private lost(code: number): void {
    this.detachSocket();
    if (code === CLOSE_UNAUTHENTICATED) this.rejectedToken = this.token;
    this.scheduleReconnect();
  }

  /** The connection went silent: close it and try again. */
  private giveUp(): void {
    this.closeSocket(CLOSE_NO_ANSWER, 'no answer');
    this.scheduleReconnect();
  }

  private scheduleReconnect(): void {
    if (this.stopped) return;
    this.clearTimers();
    this.setStatus(this.currentStatus === 'connecting' ? 'connecting' : 'reconnecting');
    // Full jitter: anywhere between 0 and the (capped) exponential bound.
    const bound = Math.min(this.options.maxBackoffMs, this.options.initialBackoffMs * 2 ** this.failures);
    this.failures++;
    const delay = Math.floor(this.options.random() * bound);
    this.reconnectTimer = this.options.setTimeout(() => {
      this.reconnectTimer = null;
      void this.connect();
    }, delay);
  }

  private onReady(): void {
    this.ready = true;
    this.failures = 0;
    this.setStatus('connected');
    this.armIdlePing();
    for (const [channel, state] of this.channels) this.sendSubscribe(channel, state);
  }

  // ---- Messages -----------------------------------------------------------------------------

  private receive(raw: unknown): void {
    let message: unknown;
    try {
      message = typeof raw === 'string' ? JSON.parse(raw) : null;
    } catch {
      message = null;
    }
    if (!isObject(message) || typeof message.type !== 'string') {
      this.options.warn('ignored a malformed message', raw);
      return;
    }
    if (this.ready) this.armIdlePing(); // any message shows the connection is alive

    if (message.type === 'ready') {
      if (!this.ready) this.onReady();
      return;
    }
    if (message.type === 'pong') return;
    if (message.type === 'error' && typeof message.channel !== 'string') {
      if (message.code === 'unauthenticated')
        this.rejectedToken = this.token; // a close follows
      else this.options.warn(`server error: ${String(message.code)}`, message.message);
      return;
    }

    const channel = typeof message.channel === 'string' ? message.channel : null;
    if (message.type === 'unsubscribed' && channel !== null) {
      const awaited = this.unsubscribesSent.get(channel) ?? 0;
      if (awaited > 0) {
        // The answer to our own unsubscribe, not the end of a later subscription.
        if (awaited === 1) this.unsubscribesSent.delete(channel);
        else this.unsubscribesSent.set(channel, awaited - 1);
        return;
      }
    }
    const state = channel === null ? undefined : this.channels.get(channel);
    if (channel === null || !state) return; // unsubscribed meanwhile, or not for a channel

    switch (message.type) {
      case 'subscribed': {
        if (!isSeq(message.seq)) break;
        state.lastSeq ??= message.seq;
        this.deliver(state, {
          type: 'subscribed',
          channel,
          seq: message.seq,
          resumed: state.sentSince !== null,
        });
        break;
      }
      case 'event': {
        if (!isSeq(message.seq) || typeof message.kind !== 'string') break;
        const seq = message.seq;
        if (state.lastSeq !== null && seq <= state.lastSeq) break; // seen already
        if (state.lastSeq !== null && seq > state.lastSeq + 1) {
          // Never expected (the server sends every seq), but then something was missed.
          this.deliver(state, { type: 'reset', channel, seq: seq - 1, reason: 'gap' });
        }
        state.lastSeq = seq;
        this.deliver(state, eventOf(channel, seq, message.kind, message.data, message.at));
        break;
      }
      case 'reset': {
        if (!isSeq(message.seq)) break;
        state.lastSeq = message.seq;
        this.deliver(state, { type: 'reset', channel, seq: message.seq, reason: 'history_expired' });
        break;
      }
      case 'presence': {
        if (!isSeq(message.online)) break;
        const presence: LiveMessage = { type: 'presence', channel, online: message.online };
        state.presence = presence;
        this.deliver(state, presence);
        break;
      }
      case 'unsubscribed': {
        this.forgetPlace(state);
        this.deliver(state, { type: 'unsubscribed', channel, reason: String(message.reason ?? '') });
        break;
      }
      case 'error': {
        const code = String(message.code ?? '');
        if (REFUSALS.has(code)) this.forgetPlace(state);
        this.deliver(state, { type: 'error', channel, code, message: String(message.message ?? '') });
        break;
      }
      default:
        break; // a newer server's message: ignore
    }
  }

  /**
   * The server holds no subscription for the channel any more. It is tried again (from now) after
   * the next reconnection, as access may have changed; not at once, which could loop.
   */
  private forgetPlace(state: ChannelState): void {
    state.lastSeq = null;
    state.sentSince = null;
    state.presence = null;
  }

  private sendSubscribe(channel: string, state: ChannelState): void {
    state.sentSince = state.lastSeq;
    this.send(
      state.lastSeq === null
        ? { type: 'subscribe', channel }
        : { type: 'subscribe', channel, since: state.lastSeq },
    );
  }

  private deliver(state: ChannelState, message: LiveMessage): void {
    for (const handler of [...state.handlers]) this.call(handler, message);
  }

  private call(handler: LiveHandler, message: LiveMessage): void {
    try {
      handler(message);
    } catch (error) {
      this.options.warn(`a handler failed on ${message.type}`, error);
    }
  }

  private send(message: Record<string, unknown>): void {
    if (!this.socket || !this.ready) return;
    try {
      this.socket.send(JSON.stringify(message));
    } catch (error) {
      this.options.warn('could not send', error); // the close event follows
    }
  }

  // ---- Helpers ------------------------------------------------------------------------------

  private armIdlePing(): void {
    if (this.options.idlePingMs <= 0) return;
    this.setHealthTimer(this.options.idlePingMs, () => {
      this.send({ type: 'ping' });
      this.setHealthTimer(this.options.pongTimeoutMs, () => this.giveUp());
    });
  }

  private setHealthTimer(ms: number, callback: () => void): void {
    if (this.healthTimer !== null) this.options.clearTimeout(this.healthTimer);
    this.healthTimer = this.options.setTimeout(() => {
      this.healthTimer = null;
      callback();
    }, ms);
  }

  private clearTimers(): void {
    if (this.reconnectTimer !== null) this.options.clearTimeout(this.reconnectTimer);
    if (this.healthTimer !== null) this.options.clearTimeout(this.healthTimer);
    this.reconnectTimer = null;
    this.healthTimer = null;
  }

  /** Stops listening to the current socket (its late events are ignored). */
  private detachSocket(): WebSocketLike | null {
    const socket = this.socket;
    this.socket = null;
    this.ready = false;
    this.unsubscribesSent.clear();
    if (this.healthTimer !== null) this.options.clearTimeout(this.healthTimer);
    this.healthTimer = null;
    if (socket) {
      socket.onmessage = null;
      socket.onclose = null;
      socket.onerror = null;
    }
    return socket;
  }

  private closeSocket(code: number, reason: string): void {
    const socket = this.detachSocket();
    try {
      socket?.close(code, reason);
    } catch {
      // already closed
    }
  }

  private setStatus(status: LiveStatus): void {
    if (status === this.currentStatus) return;
    this.currentStatus = status;
    for (const listener of [...this.statusListeners]) listener(status);
  }
}
