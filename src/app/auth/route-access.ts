import type { Role } from '../../core/permit/transition-roles.ts';
import type { Route } from '../router/routes.ts';

interface ScreenAccess {
  /** Shown with no one signed in on the device. */
  readonly signedOut: boolean;
  /** Who, once signed in, may open it: any user, or holders of one of the roles. */
  readonly roles: 'any' | readonly Role[];
}

const fieldRoles: readonly Role[] = ['officer', 'approver', 'inspector'];

/**
 * Who may open each screen. Typed over every screen, so a new route does not compile until it is given
 * its access here. Settings and About are the device's, not a user's: open to anyone.
 */
const screenAccess: Readonly<Record<Route['screen'], ScreenAccess>> = {
  permits: { signedOut: false, roles: fieldRoles },
  permit: { signedOut: false, roles: fieldRoles },
  application: { signedOut: false, roles: ['officer'] },
  // Checking a permit QR at the border: the inspector's work, and the approver's when checking a paper.
  inspect: { signedOut: false, roles: ['inspector', 'approver'] },
  // Signed in on the device: admins only. Signed out, the admin screens are shown because they ask HQ
  // itself who is signed in there (screens/admin/gate): an HQ desktop signed in at HQ needs no device session.
  admin: { signedOut: true, roles: ['admin'] },
  settings: { signedOut: true, roles: 'any' },
  about: { signedOut: true, roles: 'any' },
  // The device's sync with HQ: every signed-in user sees what is waiting and may start it.
  sync: { signedOut: false, roles: 'any' },
};

export function opensSignedOut(route: Route): boolean {
  return screenAccess[route.screen].signedOut;
}

/** Whether a signed-in user holding `roles` may open the route. */
export function mayOpen(roles: readonly Role[], route: Route): boolean {
  const access = screenAccess[route.screen].roles;
  return access === 'any' || access.some((role) => roles.includes(role));
}

/** The main navigation lists what the user may open; signed out, only the device's own screens. */
export function showsInNav(roles: readonly Role[] | null, route: Route): boolean {
  return roles === null ? screenAccess[route.screen].roles === 'any' : mayOpen(roles, route);
}
