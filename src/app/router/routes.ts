/** The screens that exist. Each later feature adds its route here and its folder under screens/. */
export const routes = ['about', 'settings'] as const;
export type Route = (typeof routes)[number];
export const defaultRoute: Route = 'about';

export function routeFromHash(hash: string): Route {
  const name = hash.replace(/^#\/?/, '');
  return (routes as readonly string[]).includes(name) ? (name as Route) : defaultRoute;
}

export function hrefFor(route: Route): string {
  return `#/${route}`;
}
