import type { Thread } from '../features/discussions/api';

/** A thread as the neighbourhood's list shows it; tests override what they look at. */
export function thread(overrides: Partial<Thread> = {}): Thread {
  return {
    id: 't1',
    neighbourhood_id: 'n1',
    subject: 'general',
    subject_id: null,
    title: 'Bins on Mill Lane',
    author_id: 'ben',
    author_name: 'Ben',
    post_count: 4,
    last_seq: 4,
    locked: false,
    pinned: true,
    last_activity_at: new Date().toISOString(),
    created_at: new Date().toISOString(),
    last_read_seq: 1,
    unread_count: 3,
    ...overrides,
  };
}
