import { beforeEach, vi } from 'vitest';
import { FakeWebSocket } from './fakeWebSocket';

// No test talks to a real server: the app's live client gets a fake WebSocket that the test drives.
beforeEach(() => {
  FakeWebSocket.reset();
  vi.stubGlobal('WebSocket', FakeWebSocket);
});
