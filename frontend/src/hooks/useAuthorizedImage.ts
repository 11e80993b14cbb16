import { useEffect, useState } from 'preact/hooks';
import { api } from '../api';

/**
 * Loads an image with the bearer token (photos of private neighbourhoods and leaflet QR codes need
 * it, so a plain `<img src>` cannot be used) and answers an object URL for it, revoked when no longer needed.
 */
export function useAuthorizedImage(
  url: string | null,
  accept?: string,
): { src: string | null; failed: boolean } {
  const [state, setState] = useState<{ url: string | null; src: string | null; failed: boolean }>({
    url: null,
    src: null,
    failed: false,
  });
  useEffect(() => {
    if (!url) return;
    const controller = new AbortController();
    let objectUrl: string | null = null;
    api.client
      .blob(url, { signal: controller.signal, accept })
      .then((blob) => {
        if (controller.signal.aborted) return;
        objectUrl = URL.createObjectURL(blob);
        setState({ url, src: objectUrl, failed: false });
      })
      .catch(() => {
        if (!controller.signal.aborted) setState({ url, src: null, failed: true });
      });
    return () => {
      controller.abort();
      if (objectUrl) URL.revokeObjectURL(objectUrl);
    };
  }, [url, accept]);
  return state.url === url ? { src: state.src, failed: state.failed } : { src: null, failed: false };
}
