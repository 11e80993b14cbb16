import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Page } from '../api';

export interface PagedList<T> {
  items: T[];
  /** True until the first page for the current key has arrived; earlier items stay meanwhile. */
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  error: unknown;
  loadMore(): Promise<void>;
}

interface Loaded<T> {
  /** The key these items were loaded for. */
  key: string | null;
  items: T[];
  cursor: string | null;
  error: unknown;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * A cursor-paginated list that restarts from the first page whenever `key` changes
 * (null: load nothing), and appends the next page on `loadMore()`.
 */
export function usePagedList<T>(
  key: string | null,
  loadPage: (cursor: string | null, signal: AbortSignal) => Promise<Page<T>>,
): PagedList<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: null, items: [], cursor: null, error: null });
  const [loadingMore, setLoadingMore] = useState(false);
  const loadRef = useRef(loadPage);
  loadRef.current = loadPage;
  const currentKey = useRef(key);
  currentKey.current = key;

  useEffect(() => {
    if (key === null) {
      setLoaded({ key: null, items: [], cursor: null, error: null });
      return;
    }
    const controller = new AbortController();
    loadRef.current(null, controller.signal).then(
      (page) => setLoaded({ key, items: page.items, cursor: page.next_cursor, error: null }),
      (error: unknown) => {
        if (controller.signal.aborted || isAbort(error)) return;
        setLoaded({ key, items: [], cursor: null, error });
      },
    );
    return () => controller.abort();
  }, [key]);

  const loadMore = useCallback(async () => {
    const { key: listKey, cursor } = loaded;
    if (cursor === null || listKey !== currentKey.current) return;
    setLoadingMore(true);
    try {
      const page = await loadRef.current(cursor, new AbortController().signal);
      setLoaded((now) =>
        now.key === listKey // ignore the page if the list restarted meanwhile
          ? { key: listKey, items: [...now.items, ...page.items], cursor: page.next_cursor, error: null }
          : now,
      );
    } catch (error) {
      setLoaded((now) => (now.key === listKey ? { ...now, error } : now));
    } finally {
      setLoadingMore(false);
    }
  }, [loaded]);

  return {
    items: loaded.items,
    loading: key !== null && loaded.key !== key,
    loadingMore,
    hasMore: loaded.cursor !== null,
    error: loaded.error,
    loadMore,
  };
}
