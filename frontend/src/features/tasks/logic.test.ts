import { describe, expect, it } from 'vitest';
import { ApiError } from '../../api';
import type { Page } from '../../api';
import type { Task } from './api';
import { task } from '../../test/taskFixtures';
import {
  boardHref,
  boardQueries,
  boardReaction,
  countdownText,
  countdownTickMs,
  dayEnd,
  dayStart,
  describeTaskEvent,
  formatDuration,
  formatHours,
  formatWhen,
  isTaskEvent,
  TASK_EVENT_KINDS,
  fromLocalInput,
  loadMergedPage,
  niceCeiling,
  parseBoardQuery,
  parseHours,
  parseSkills,
  shapeHoursSeries,
  taskActionError,
  taskChanges,
  toLocalInput,
  validateTaskDraft,
  emptyTaskDraft,
} from './logic';

const H = 3600_000;
const M = 60_000;

describe('countdown', () => {
  it('says hours and minutes, then minutes, then seconds', () => {
    expect(formatDuration(47 * H + 12 * M + 30_000)).toBe('47 h 12 min');
    expect(formatDuration(2 * H)).toBe('2 h');
    expect(formatDuration(59 * M + 59_000)).toBe('59 min');
    expect(formatDuration(40_000)).toBe('40 s');
    expect(formatDuration(500)).toBe('1 s');
  });

  it('counts days beyond three days, as the longest leases are two weeks', () => {
    expect(formatDuration(72 * H)).toBe('3 d');
    expect(formatDuration(13 * 24 * H + 4 * H + 59 * M)).toBe('13 d 4 h');
  });

  it('spells it out for screen readers', () => {
    expect(formatDuration(47 * H + 12 * M, true)).toBe('47 hours 12 minutes');
    expect(formatDuration(1 * H + 1 * M, true)).toBe('1 hour 1 minute');
  });

  it('reads from the lease and the clock', () => {
    const now = Date.parse('2026-11-29T10:00:00Z');
    expect(countdownText('2026-12-01T09:12:00Z', now)).toBe('expires in 47 h 12 min');
    expect(countdownText('2026-11-29T09:59:00Z', now)).toBe('has expired');
    expect(countdownText('2026-11-29T10:00:00Z', now)).toBe('has expired');
    expect(countdownText('not a time', now)).toBe('');
  });

  it('ticks every second only near the end', () => {
    expect(countdownTickMs(90_000)).toBe(1000);
    expect(countdownTickMs(3 * H)).toBe(15_000);
  });
});

describe('hours', () => {
  it('accepts 0.25 to 24 in quarter hours, with a decimal comma too', () => {
    expect(parseHours('1.5')).toEqual({ ok: true, value: 1.5 });
    expect(parseHours('0,25')).toEqual({ ok: true, value: 0.25 });
    expect(parseHours('24')).toEqual({ ok: true, value: 24 });
    expect(parseHours('')).toMatchObject({ ok: false });
    expect(parseHours('0')).toMatchObject({ ok: false, error: 'Enter between 0.25 and 24 hours.' });
    expect(parseHours('24.25')).toMatchObject({ ok: false });
    expect(parseHours('1.1')).toMatchObject({ ok: false, error: expect.stringContaining('quarter hours') });
  });

  it('formats hours for people', () => {
    expect(formatHours(1)).toBe('1 hour');
    expect(formatHours(2.5)).toBe('2.5 hours');
    expect(formatHours(0.25)).toBe('0.25 hours');
    expect(formatHours(1234.5)).toBe('1,234.5 hours');
  });
});

describe('the hours chart data', () => {
  it('sorts weeks, fills the weeks without hours with zero, and labels them', () => {
    const data = shapeHoursSeries(
      [
        { period_start: '2026-11-16', hours: 3 },
        { period_start: '2026-11-02', hours: 1.5 },
      ],
      'week',
    );
    expect(data.bars.map((b) => [b.key, b.hours])).toEqual([
      ['2026-11-02', 1.5],
      ['2026-11-09', 0],
      ['2026-11-16', 3],
    ]);
    expect(data.bars[0]).toMatchObject({ label: '2 Nov', fullLabel: 'Week of 2 Nov 2026' });
    expect(data.total).toBe(4.5);
    expect(data.scaleMax).toBe(5);
    expect(data.ticks).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('puts months on their first day, across a new year, adding up repeats', () => {
    const data = shapeHoursSeries(
      [
        { period_start: '2026-11-01T00:00:00Z', hours: 10 },
        { period_start: '2027-01-01T00:00:00Z', hours: 4 },
        { period_start: '2027-01-15T00:00:00Z', hours: 1 },
      ],
      'month',
    );
    expect(data.bars.map((b) => [b.key, b.label, b.hours])).toEqual([
      ['2026-11-01', 'Nov', 10],
      ['2026-12-01', 'Dec', 0],
      ['2027-01-01', 'Jan 2027', 5],
    ]);
    expect(data.bars[2]!.fullLabel).toBe('January 2027');
    expect(data.scaleMax).toBe(10);
    expect(data.ticks).toEqual([0, 2, 4, 6, 8, 10]);
  });

  it('keeps the latest bars only, and skips what does not parse', () => {
    const series = Array.from({ length: 30 }, (_, i) => ({
      period_start: new Date(Date.UTC(2026, 0, 5 + 7 * i)).toISOString().slice(0, 10),
      hours: i,
    }));
    const data = shapeHoursSeries([...series, { period_start: 'garbage', hours: 100 }], 'week');
    expect(data.bars).toHaveLength(26);
    expect(data.bars.at(-1)!.hours).toBe(29);
    expect(data.scaleMax).toBe(50);
  });

  it('is empty without hours, with a scale of at least one hour', () => {
    expect(shapeHoursSeries([], 'week')).toEqual({
      bars: [],
      scaleMax: 1,
      ticks: [0, 0.2, 0.4, 0.6, 0.8, 1],
      total: 0,
    });
  });

  it('rounds the scale up to 1, 2 or 5 times a power of ten', () => {
    expect([0, 0.5, 1, 1.5, 3, 7, 12, 20, 21, 480].map(niceCeiling)).toEqual([
      1, 1, 1, 2, 5, 10, 20, 20, 50, 500,
    ]);
    expect(shapeHoursSeries([{ period_start: '2026-11-02', hours: 18 }], 'week').ticks).toEqual([
      0, 5, 10, 15, 20,
    ]);
  });
});

describe('board filters in the URL', () => {
  it('reads the tab, the skill and dates, ignoring anything malformed', () => {
    expect(parseBoardQuery({ tab: 'done', skill: ' gardening ', from: '2026-12-01', to: 'soon' })).toEqual({
      tab: 'done',
      skill: 'gardening',
      from: '2026-12-01',
      to: '',
    });
    expect(parseBoardQuery({ tab: 'everything' }).tab).toBe('needs_people');
  });

  it('writes only what differs from the default', () => {
    expect(boardHref('n1')).toBe('/neighbourhoods/n1/tasks');
    expect(boardHref('n1', { tab: 'mine', skill: 'first aid', from: '2026-12-01' })).toBe(
      '/neighbourhoods/n1/tasks?tab=mine&skill=first+aid&from=2026-12-01',
    );
    const back = parseBoardQuery(
      Object.fromEntries(
        new URL(boardHref('n1', { tab: 'done', to: '2026-12-24' }), 'http://x').searchParams,
      ),
    );
    expect(back).toEqual({ tab: 'done', skill: '', from: '', to: '2026-12-24' });
  });

  it('asks the server for whole local days', () => {
    expect(dayStart('2026-12-01')).toBe(new Date(2026, 11, 1).toISOString());
    expect(Date.parse(dayEnd('2026-12-01')!)).toBe(new Date(2026, 11, 2).getTime() - 1);
    expect(dayStart('')).toBeUndefined();
  });

  it('lists "Done" as done and verified tasks', () => {
    const filters = { tab: 'done' as const, skill: 'paint', from: '', to: '' };
    expect(boardQueries(filters)).toEqual([
      { skill: 'paint', from: undefined, to: undefined, status: 'done' },
      { skill: 'paint', from: undefined, to: undefined, status: 'verified' },
    ]);
    expect(boardQueries({ ...filters, tab: 'mine' })).toEqual([
      { skill: 'paint', from: undefined, to: undefined, mine: true },
    ]);
    expect(boardQueries({ ...filters, tab: 'needs_people' })[0]!.status).toBe('needs_people');
  });
});

describe('merged paging', () => {
  it('pages two listings as one, soonest first, until both are done', async () => {
    const pages: Record<string, Page<Task>> = {
      '0:': { items: [task({ id: 'a', starts_at: '2026-12-03T10:00:00Z' })], next_cursor: 'a2' },
      '1:': { items: [task({ id: 'b', starts_at: '2026-12-01T10:00:00Z' })], next_cursor: null },
      '0:a2': { items: [task({ id: 'c', starts_at: null })], next_cursor: null },
    };
    const asked: string[] = [];
    const load = async (index: number, cursor: string | null) => {
      asked.push(`${index}:${cursor ?? ''}`);
      return pages[`${index}:${cursor ?? ''}`]!;
    };
    const first = await loadMergedPage(null, 2, load);
    expect(first.items.map((t) => t.id)).toEqual(['b', 'a']);
    expect(first.next_cursor).not.toBeNull();
    const second = await loadMergedPage(first.next_cursor, 2, load);
    expect(second.items.map((t) => t.id)).toEqual(['c']);
    expect(second.next_cursor).toBeNull();
    expect(asked).toEqual(['0:', '1:', '0:a2']);
  });
});

describe('live events', () => {
  it('describes events in words, with the slots', () => {
    const data = { task_id: 't1', status: 'open' as const, claimed_slots: 3, slots: 8 };
    expect(describeTaskEvent('task.claimed', data, 'Litter pick')).toBe(
      'Someone took a place on “Litter pick” (3 of 8 filled).',
    );
    expect(describeTaskEvent('task.lease_expired', data)).toBe(
      'A hold on a task ran out and the place came free (3 of 8 filled).',
    );
    expect(describeTaskEvent('task.claim_extended', data, 'Litter pick')).toBe(
      'A volunteer kept their place on “Litter pick” for longer.',
    );
  });

  it('knows every task event the server sends, claim extensions included, each with its own sentence', () => {
    expect(TASK_EVENT_KINDS).toContain('task.claim_extended');
    for (const kind of TASK_EVENT_KINDS) expect(isTaskEvent(kind)).toBe(true);
    expect(isTaskEvent('task.unknown')).toBe(false);
    const data = { task_id: 't1' };
    const sentences = TASK_EVENT_KINDS.map((kind) => describeTaskEvent(kind, data, 'Bulbs'));
    expect(new Set(sentences).size).toBe(TASK_EVENT_KINDS.length);
    for (const sentence of sentences) expect(sentence).not.toBe('“Bulbs” changed.');
  });

  it('patches listed tasks, and reloads when one arrives or leaves the tab', () => {
    const open = { task_id: 't1', status: 'open' as const, claimed_slots: 1, slots: 2 };
    const staffed = { ...open, status: 'staffed' as const, claimed_slots: 2 };
    expect(boardReaction('needs_people', 'task.claimed', open, true)).toBe('patch');
    expect(boardReaction('needs_people', 'task.claimed', staffed, true)).toBe('reload');
    expect(boardReaction('needs_people', 'task.approved', open, false)).toBe('reload');
    expect(boardReaction('needs_people', 'task.done', { ...open, status: 'done' }, false)).toBe('ignore');
    expect(boardReaction('done', 'task.verified', { ...open, status: 'verified' }, true)).toBe('patch');
    expect(boardReaction('mine', 'task.claimed', open, false)).toBe('reload');
    expect(boardReaction('mine', 'task.released', open, false)).toBe('ignore');
    expect(boardReaction('mine', 'task.checked_in', { ...open, status: 'in_progress' }, true)).toBe('patch');
    // "Needs people" is open, or under way with a place still free.
    expect(boardReaction('needs_people', 'task.checked_in', { ...open, status: 'in_progress' }, true)).toBe(
      'patch',
    );
    expect(
      boardReaction('needs_people', 'task.checked_in', { ...staffed, status: 'in_progress' }, true),
    ).toBe('reload');
  });
});

describe('messages', () => {
  const conflict = (detail?: string) =>
    new ApiError({
      type: 'https://commonground.example/problems/conflict',
      title: 'Conflict',
      status: 409,
      detail,
    });

  it('gives the server’s words for a 409, and a full explanation when there are none', () => {
    expect(taskActionError(conflict('This task is full.'), 'claim')).toBe('This task is full.');
    expect(taskActionError(conflict(), 'claim')).toMatch(/It may be full or closed/);
    expect(taskActionError(conflict(), 'claim')).toMatch(/as many places as one person can at once \(5\)/);
  });
});

describe('the task form', () => {
  it('checks the title, places, lease and both-or-neither times', () => {
    const result = validateTaskDraft({
      ...emptyTaskDraft,
      title: 'ab',
      slots: '0',
      lease_hours: '400',
      starts_at: '2026-12-06T10:00',
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.keys(result.errors).sort()).toEqual(['ends_at', 'lease_hours', 'slots', 'title']);
    const backwards = validateTaskDraft({
      ...emptyTaskDraft,
      title: 'Litter pick',
      starts_at: '2026-12-06T12:00',
      ends_at: '2026-12-06T10:00',
    });
    expect(backwards).toMatchObject({ ok: false, errors: { ends_at: 'The end must be after the start.' } });
  });

  it('sends only what was given', () => {
    const result = validateTaskDraft({
      ...emptyTaskDraft,
      title: ' Litter pick ',
      slots: '8',
      skills: 'litter, Gardening , litter',
      starts_at: '2026-12-06T10:00',
      ends_at: '2026-12-06T12:00',
    });
    expect(result).toEqual({
      ok: true,
      value: {
        title: 'Litter pick',
        slots: 8,
        skills: ['litter', 'Gardening'],
        starts_at: fromLocalInput('2026-12-06T10:00'),
        ends_at: fromLocalInput('2026-12-06T12:00'),
      },
    });
    expect(parseSkills(' , ')).toEqual([]);
  });

  it('round-trips local times', () => {
    expect(toLocalInput(fromLocalInput('2026-12-06T10:30'))).toBe('2026-12-06T10:30');
    expect(toLocalInput(null)).toBe('');
  });

  it('edits send only the changed fields, clearing with null', () => {
    const before = task({ title: 'Litter pick', slots: 4, skills: ['litter'], address: 'The green' });
    expect(
      taskChanges(before, {
        title: 'Litter pick',
        description: 'Bags and gloves provided.',
        slots: 6,
        lease_hours: 48,
        skills: ['litter'],
        starts_at: undefined,
      }),
    ).toEqual({ slots: 6, address: '' });
  });

  it('sends both times when either changes, as the server checks them together', () => {
    const before = task({ starts_at: '2026-12-06T10:00:00Z', ends_at: '2026-12-06T12:00:00Z' });
    expect(
      taskChanges(before, {
        title: before.title,
        description: before.description ?? undefined,
        address: 'The green',
        slots: 2,
        lease_hours: 48,
        skills: ['Litter'],
        starts_at: '2026-12-06T10:00:00.000Z',
        ends_at: '2026-12-06T13:00:00.000Z',
      }),
    ).toEqual({ starts_at: '2026-12-06T10:00:00.000Z', ends_at: '2026-12-06T13:00:00.000Z' });
  });

  it('says when a task happens', () => {
    expect(formatWhen({ starts_at: null, ends_at: null })).toBe('Any time');
    const start = new Date(2026, 11, 6, 10, 0).toISOString();
    const end = new Date(2026, 11, 6, 12, 0).toISOString();
    expect(formatWhen({ starts_at: start, ends_at: end })).toBe('Sun 6 Dec, 10:00–12:00');
  });
});
