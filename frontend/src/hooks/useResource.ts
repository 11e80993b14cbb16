import { useEffect, useRef, useState } from 'preact/hooks';

export interface Resource<T> {
  /** The latest data loaded, possibly for an earlier key while a reload is under way. */
  data: T | undefined;
  /** True until data (or an error) for the current key has arrived. */
  loading: boolean;
  error: unknown;
}

interface Loaded<T> {
  key: string | null;
  data: T | undefined;
  error: unknown;
}

const isAbort = (error: unknown) => error instanceof DOMException && error.name === 'AbortError';

/**
 * Load something whenever `key` changes (null: load nothing). Keeps the previous data while
 * reloading, so a refresh after an action does not blank the page or lose keyboard focus.
 */
export function useResource<T>(key: string | null, load: (signal: AbortSignal) => Promise<T>): Resource<T> {
  const [loaded, setLoaded] = useState<Loaded<T>>({ key: null, data: undefined, error: null });
  const loadRef = useRef(load);
  loadRef.current = load;

  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    loadRef.current(controller.signal).then(
      (data) => setLoaded({ key, data, error: null }),
      (error: unknown) => {
        if (!controller.signal.aborted && !isAbort(error)) setLoaded((now) => ({ ...now, key, error }));
      },
    );
    return () => controller.abort();
  }, [key]);

  return { data: loaded.data, loading: key !== null && loaded.key !== key, error: loaded.error };
}
