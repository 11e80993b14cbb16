// Run as a reader in Los Angeles: every date and time the app shows must be in the reader's own
// zone, so a late-evening report is not shown on the next day (the UTC one) beside a local time.
// Node applies a changed TZ to later Date and Intl objects; the modules are imported only after
// it is set (static imports would run first), so formatters they make at load see it too.
import { describe, expect, it, vi } from 'vitest';

vi.stubEnv('TZ', 'America/Los_Angeles');
const { formatDate, formatDateTime, formatTime } = await import('./format');
const { formatAge } = await import('../features/issues/logic');
const { formatWhen } = await import('../features/tasks/logic');

// 8:30 pm on 3 March in Los Angeles is 04:30 on 4 March in UTC.
const EVENING = '2025-03-04T04:30:00Z';

describe('dates and times in a non-UTC zone', () => {
  it('runs in Los Angeles', () => {
    expect(new Date(EVENING).getDate()).toBe(3);
  });

  it('shows the local day beside the local time', () => {
    expect(formatTime(EVENING)).toBe('20:30');
    expect(formatDate(EVENING)).toBe('3 Mar 2025');
    expect(formatDateTime(EVENING)).toBe('3 Mar 2025, 20:30');
  });

  it('agrees across the app’s own formats', () => {
    expect(formatAge(EVENING, Date.parse('2025-06-01T00:00:00Z'))).toBe('on 3 Mar 2025');
    expect(formatWhen({ starts_at: EVENING, ends_at: '2025-03-04T06:00:00Z' })).toBe(
      'Mon 3 Mar, 20:30–22:00',
    );
  });
});
