import { useEffect, useRef, useState } from 'preact/hooks';

/** How long typing may pause before the form is written to the device. */
const SAVE_AFTER_MS = 150;

/**
 * Keeps a form on the device while it is being written: `load` once on opening (and `restore`
 * what it found, telling the page so it can say "restored"), then `save` shortly after every
 * change of `deps`. Writes run one after another, so a late save never resurrects a draft that
 * was discarded after it; `stop` ends saving (the form was sent) once the last write is done.
 */
export function useDraftRestore<T>({
  load,
  restore,
  save,
  deps,
}: {
  load: () => Promise<T | undefined>;
  restore: (kept: T) => void;
  save: () => Promise<unknown>;
  deps: unknown[];
}) {
  const [loaded, setLoaded] = useState(false);
  const [restored, setRestored] = useState(false);
  const stopped = useRef(false);
  const chain = useRef<Promise<unknown>>(Promise.resolve());
  const saveRef = useRef(save);
  saveRef.current = save;

  /** Runs `write` after the writes before it; a failing write (no IndexedDB) is not fatal. */
  const run = (write: () => Promise<unknown>) => {
    chain.current = chain.current.then(write).catch(() => undefined);
    return chain.current;
  };

  useEffect(() => {
    let live = true;
    load()
      .then((kept) => {
        if (!live || kept === undefined) return;
        restore(kept);
        setRestored(true);
      })
      // Private browsing may refuse IndexedDB: the form still works, it just is not kept.
      .catch(() => undefined)
      .finally(() => live && setLoaded(true));
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!loaded || stopped.current) return;
    const timer = setTimeout(() => {
      if (!stopped.current) void run(() => saveRef.current());
    }, SAVE_AFTER_MS);
    return () => clearTimeout(timer);
  }, [loaded, ...deps]);

  return {
    restored,
    dismiss: () => setRestored(false),
    run,
    stop: () => {
      stopped.current = true;
      return chain.current;
    },
  };
}
