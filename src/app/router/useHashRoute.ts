import { useMemo, useSyncExternalStore } from 'react';
import { routeFromHash, type Route } from './routes.ts';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

/** Hash routing: every route is served by the one precached index.html, so navigation works offline with no server. */
export function useHashRoute(): Route {
  // The snapshot is the hash string (stable between renders); the parsed route is derived from it.
  const hash = useSyncExternalStore(subscribe, () => window.location.hash);
  return useMemo(() => routeFromHash(hash), [hash]);
}
