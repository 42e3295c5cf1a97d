import { hrefFor, type Route } from './routes.ts';

/**
 * Points the address at `route` without a history entry or a navigation (a new draft's id, once saved, so
 * a reload reopens it), and tells useHashRoute, which replaceState alone does not notify.
 */
export function replaceRoute(route: Route): void {
  history.replaceState(history.state, '', hrefFor(route));
  window.dispatchEvent(new Event('hashchange'));
}
