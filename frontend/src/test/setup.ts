import { beforeEach, vi } from 'vitest';
import { FakeWebSocket } from './fakeWebSocket';
import { forgetClientConfig } from '../lib/clientConfig';

// No test talks to a real server: the app's live client gets a fake WebSocket that the test drives.
beforeEach(() => {
  FakeWebSocket.reset();
  forgetClientConfig(); // fetched once per page load: once per test
  vi.stubGlobal('WebSocket', FakeWebSocket);
});
