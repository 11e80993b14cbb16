/**
 * Where to go after signing in: the `next` query parameter when it is a path on this site,
 * otherwise the fallback. Rejects absolute and protocol-relative URLs (no open redirects).
 */
export function safeNextPath(next: string | undefined, fallback = '/neighbourhoods'): string {
  if (!next || !next.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return fallback;
  return next;
}

/** `/signin?next=...` for the current page. */
export function signInHref(currentPath: string, page: '/signin' | '/signup' = '/signin'): string {
  return `${page}?next=${encodeURIComponent(currentPath)}`;
}
