import { h, type ComponentType } from 'preact';
import { useEffect, useState } from 'preact/hooks';

/**
 * A heavy part of a page (a Leaflet map) as its own chunk: the page around it renders at once, the
 * part follows when its code has arrived, with a line in words meanwhile and if the fetch fails
 * (the page stays usable without it; the next mount tries again). `what` names it: "map".
 */
export function lazyPart<P extends object>(
  load: () => Promise<ComponentType<P>>,
  what: string,
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
        {failed ? `The ${what} could not be loaded; reload the page to try again.` : `Loading the ${what}…`}
      </p>
    );
  };
}
