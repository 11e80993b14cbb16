import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { t } from '../i18n';

/** The kinds of part loaded lazily, each with its own sentences (a noun changes form in Polish). */
export type LazyPartKind = 'map';

const partWords: Record<LazyPartKind, { loading: () => string; failed: () => string }> = {
  map: { loading: () => t('ui-lazy-map-loading'), failed: () => t('ui-lazy-map-failed') },
};

/**
 * A heavy part of a page (a Leaflet map) as its own chunk: the page around it renders at once, the
 * part follows when its code has arrived, with a line in words meanwhile and if the fetch fails
 * (the page stays usable without it; the next mount tries again). `what` says which kind: "map".
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: LazyPartKind,
): ComponentType<P> {
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const fetchPart = () =>
    (pending ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));

  return function LazyPart(props: P) {
    const [component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failed, setFailed] = useState(false);
    useEffect(() => {
      if (component) return;
      let mounted = true;
      fetchPart().then(
        (c) => mounted && setComponent(() => c),
        () => mounted && setFailed(true),
      );
      return () => {
        mounted = false;
      };
    }, []);
    if (component) return h(component, props);
    return (
      <p class="meta lazy-part" role="status">
        {failed ? partWords[what].failed() : partWords[what].loading()}
      </p>
    );
  };
}
