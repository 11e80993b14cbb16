import { describe, expect, it } from 'vitest';
import {
  filtersFromSearch,
  formatDuration,
  isStale,
  needsRefetch,
  queueCommand,
  searchFromFilters,
  trendGeometry,
} from './logic';

describe('live changes', () => {
  it('refetch only when a change goes beyond the seqs the figures were read at', () => {
    const shown = { 'neighbourhood:a': 10, 'neighbourhood:b': 4 };
    expect(isStale(shown, { 'neighbourhood:a': 10, 'neighbourhood:b': 4 })).toBe(false);
    expect(isStale(shown, { 'neighbourhood:a': 9 })).toBe(false);
    expect(isStale(shown, { 'neighbourhood:b': 5 })).toBe(true);
    expect(isStale(shown, { 'neighbourhood:c': 1 })).toBe(true);
    expect(isStale(shown, { 'neighbourhood:a': 'x' })).toBe(false);
  });

  it('refetch when members online or the served neighbourhoods changed', () => {
    const shown = { 'neighbourhood:a': 10 };
    const seqs = { 'neighbourhood:a': 10 };
    expect(needsRefetch(shown, { seqs, events: 0, online_changed: false, scope_changed: false })).toBe(false);
    expect(needsRefetch(shown, { seqs, online_changed: true })).toBe(true);
    expect(needsRefetch(shown, { seqs: {}, scope_changed: true })).toBe(true);
    expect(needsRefetch(shown, { seqs: { 'neighbourhood:a': 11 } })).toBe(true);
    expect(needsRefetch(shown, undefined)).toBe(false);
  });
});

describe('durations', () => {
  it('read in minutes, hours or days', () => {
    expect(formatDuration(null)).toBe('—');
    expect(formatDuration(20)).toBe('1 min');
    expect(formatDuration(45 * 60)).toBe('45 min');
    expect(formatDuration(4 * 3600)).toBe('4.0 h');
    expect(formatDuration(35.4 * 3600)).toBe('35.4 h');
    expect(formatDuration(3 * 86400)).toBe('3.0 days');
  });
});

describe('trend chart', () => {
  it('scales both lines to the busiest day', () => {
    const days = [
      { date: '2026-11-27', created: 2, resolved: 0 },
      { date: '2026-11-28', created: 4, resolved: 1 },
      { date: '2026-11-29', created: 0, resolved: 2 },
    ];
    const g = trendGeometry(days, 100, 40);
    expect(g.max).toBe(4);
    expect(g.created).toBe('0,20 50,0 100,40');
    expect(g.resolved).toBe('0,40 50,30 100,20');
    expect(trendGeometry([], 100, 40).max).toBe(1);
  });
});

describe('filters in the URL', () => {
  const id = '0192f0c4-1234-7abc-8def-0123456789ab';
  it('round-trip, leaving defaults and junk out', () => {
    const filters = filtersFromSearch(`?status=open&neighbourhood_id=${id}&assignee=me&sort=newest&x=1`);
    expect(filters).toEqual({ status: 'open', neighbourhood_id: id, assignee: 'me', sort: 'newest' });
    expect(searchFromFilters(filters)).toBe(`?status=open&neighbourhood_id=${id}&assignee=me&sort=newest`);
    expect(filtersFromSearch('?status=nope&category_id=1&assignee=bob')).toEqual({});
    expect(searchFromFilters({ sort: 'impact' })).toBe('');
  });
});

describe('queue keys', () => {
  it('map to commands', () => {
    expect(queueCommand('j')).toBe('next');
    expect(queueCommand('ArrowUp')).toBe('previous');
    expect(queueCommand('x')).toBe('toggle');
    expect(queueCommand('a')).toBe('acknowledge');
    expect(queueCommand('m')).toBe('merge');
    expect(queueCommand('q')).toBeNull();
  });
});
