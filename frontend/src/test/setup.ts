import { configure } from '@testing-library/preact';
import { beforeEach, vi } from 'vitest';
import { FakeWebSocket } from './fakeWebSocket';
import { forgetClientConfig } from '../lib/clientConfig';

// CI machines have two cores shared with the Rust build; the default 1 s for `findBy…` and
// `waitFor` is too tight there for pages that debounce a reload after a live event.
configure({ asyncUtilTimeout: 5_000 });

// No test talks to a real server: the app's live client gets a fake WebSocket that the test drives.
beforeEach(() => {
  FakeWebSocket.reset();
  forgetClientConfig(); // fetched once per page load: once per test
  vi.stubGlobal('WebSocket', FakeWebSocket);
});
