/** The screens that exist; each later feature adds its route here and its folder under screens/. */
export type Route =
  | { screen: 'permits' }
  | { screen: 'permit'; id: string }
  | { screen: 'application'; draftId: string | null }
  | { screen: 'settings' }
  | { screen: 'about' }
  | { screen: 'inspect' }
  | { screen: 'sync' }
  | { screen: 'admin'; section: AdminSection };

/**
 * The HQ administration screens, under `#/admin/…` (`#/admin` is the users); permits, alerts and checkpoint
 * view the synced log; quota-shares gives devices their parts of the annual export quotas.
 */
export const adminSections = ['users', 'devices', 'trust-lists', 'notices', 'permits', 'alerts', 'checkpoint', 'quota-shares'] as const;
export type AdminSection = (typeof adminSections)[number];

function isAdminSection(value: string): value is AdminSection {
  return (adminSections as readonly string[]).includes(value);
}

export type NavScreen = 'permits' | 'application' | 'inspect' | 'settings' | 'about' | 'admin';

/** The main navigation, in order. */
export const navRoutes: readonly { screen: NavScreen; route: Route }[] = [
  { screen: 'permits', route: { screen: 'permits' } },
  { screen: 'application', route: { screen: 'application', draftId: null } },
  { screen: 'inspect', route: { screen: 'inspect' } },
  { screen: 'settings', route: { screen: 'settings' } },
  { screen: 'about', route: { screen: 'about' } },
  { screen: 'admin', route: { screen: 'admin', section: 'users' } },
];

export const defaultRoute: Route = { screen: 'permits' };

export function routeFromHash(hash: string): Route {
  const [first, second, ...rest] = hash.replace(/^#\/?/, '').split('/').map((part) => decodeURIComponent(part));
  if (rest.length > 0) return defaultRoute;
  if (first === 'permits') return second ? { screen: 'permit', id: second } : { screen: 'permits' };
  if (first === 'applications' && second) return { screen: 'application', draftId: second === 'new' ? null : second };
  if ((first === 'settings' || first === 'about' || first === 'inspect' || first === 'sync') && !second) return { screen: first };
  if (first === 'admin') {
    const section = second ?? 'users';
    if (isAdminSection(section)) return { screen: 'admin', section };
  }
  return defaultRoute;
}

export function hrefFor(route: Route): string {
  switch (route.screen) {
    case 'permit':
      return `#/permits/${encodeURIComponent(route.id)}`;
    case 'application':
      return `#/applications/${route.draftId === null ? 'new' : encodeURIComponent(route.draftId)}`;
    case 'admin':
      return route.section === 'users' ? '#/admin' : `#/admin/${route.section}`;
    default:
      return `#/${route.screen}`;
  }
}
