import type { WebSocketLike } from '../live/client';

/**
 * A stand-in for the browser's WebSocket, driven by the test: `serverSends` delivers a message,
 * `serverCloses` ends the connection; `sent` holds what the client sent, parsed.
 */
export class FakeWebSocket implements WebSocketLike {
  /** Every socket made since the last `reset()`, oldest first. */
  static instances: FakeWebSocket[] = [];

  static reset(): void {
    FakeWebSocket.instances = [];
  }

  static get last(): FakeWebSocket {
    const socket = FakeWebSocket.instances.at(-1);
    if (!socket) throw new Error('No WebSocket was opened');
    return socket;
  }

  onmessage: ((event: { data: unknown }) => void) | null = null;
  onclose: ((event: { code: number; reason: string }) => void) | null = null;
  onerror: ((event: unknown) => void) | null = null;
  readonly sent: Record<string, unknown>[] = [];
  closed: { code?: number; reason?: string } | null = null;

  constructor(readonly url: string) {
    FakeWebSocket.instances.push(this);
  }

  /** The access token in the URL. */
  get token(): string | null {
    return new URL(this.url, 'http://x').searchParams.get('access_token');
  }

  send(data: string): void {
    if (this.closed) throw new Error('send on a closed socket');
    this.sent.push(JSON.parse(data) as Record<string, unknown>);
  }

  close(code?: number, reason?: string): void {
    this.closed = { code, reason };
  }

  serverSends(message: Record<string, unknown>): void {
    this.onmessage?.({ data: JSON.stringify(message) });
  }

  /** The server (or the network) ends the connection. */
  serverCloses(code = 1006, reason = ''): void {
    this.closed = { code, reason };
    this.onclose?.({ code, reason });
  }

  /** Messages of one type the client sent. */
  sentOfType(type: string): Record<string, unknown>[] {
    return this.sent.filter((message) => message.type === type);
  }
}
