import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, renderHook, waitFor } from '@testing-library/preact';
import { usePagedList } from './usePagedList';
import { deferred } from '../test/http';
import type { Page } from '../api';

afterEach(cleanup);

const pageOf = (items: string[], next_cursor: string | null = null): Page<string> => ({ items, next_cursor });

describe('usePagedList', () => {
  it('loads the first page, then appends the next one with the cursor', async () => {
    const load = vi.fn(async (cursor: string | null) =>
      cursor ? pageOf(['c'], null) : pageOf(['a', 'b'], 'next'),
    );
    const { result } = renderHook(() => usePagedList('k', load));

    await waitFor(() => expect(result.current.items).toEqual(['a', 'b']));
    expect(result.current.hasMore).toBe(true);

    await act(() => result.current.loadMore());

    expect(result.current.items).toEqual(['a', 'b', 'c']);
    expect(result.current.hasMore).toBe(false);
    expect(load.mock.calls.map(([cursor]) => cursor)).toEqual([null, 'next']);
  });

  it('reports loading in the very render where the key changes, keeping the old items meanwhile', async () => {
    const second = deferred<Page<string>>();
    const load = vi.fn((_: string | null) => Promise.resolve(pageOf(['old'])));
    const { result, rerender } = renderHook(({ k }) => usePagedList(k, load), { initialProps: { k: 'one' } });
    await waitFor(() => expect(result.current.loading).toBe(false));

    load.mockImplementation(() => second.promise);
    rerender({ k: 'two' });

    expect(result.current.loading).toBe(true);
    expect(result.current.items).toEqual(['old']);
    await act(async () => second.resolve(pageOf(['new'])));
    expect(result.current).toMatchObject({ loading: false, items: ['new'] });
  });

  it('drops a "load more" page that arrives after the list restarted', async () => {
    const more = deferred<Page<string>>();
    const load = vi.fn((cursor: string | null) =>
      cursor ? more.promise : Promise.resolve(pageOf(['first'], 'c1')),
    );
    const { result, rerender } = renderHook(({ k }) => usePagedList(k, load), { initialProps: { k: 'one' } });
    await waitFor(() => expect(result.current.items).toEqual(['first']));

    let pending!: Promise<void>;
    act(() => {
      pending = result.current.loadMore();
    });
    rerender({ k: 'two' });
    await waitFor(() => expect(result.current.loading).toBe(false));
    await act(async () => {
      more.resolve(pageOf(['stale'], null));
      await pending;
    });

    expect(result.current.items).toEqual(['first']);
    expect(result.current.hasMore).toBe(true);
  });

  it('loads nothing for a null key', () => {
    const load = vi.fn(async () => pageOf(['x']));
    const { result } = renderHook(() => usePagedList(null, load));
    expect(result.current).toMatchObject({ loading: false, items: [] });
    expect(load).not.toHaveBeenCalled();
  });
});
