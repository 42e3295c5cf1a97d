import type { Role } from '../../core/permit/transition-roles.ts';

/** Who may call a route: anyone, any signed-in user, or signed-in users holding one of the roles. */
export type RouteAccess = 'public' | 'signed-in' | readonly Role[];

/**
 * Every /api route and who may call it, keyed `METHOD /url-pattern`: the one place access is decided
 * (enforced by the preHandler in authorize.ts). Registering an /api route missing here fails at start-up.
 */
export const routeRoles: Readonly<Record<string, RouteAccess>> = {
  'GET /api/v1/health': 'public',
  'GET /api/v1/trust-list': 'public',
  'POST /api/v1/session': 'public',
  'GET /api/v1/session': 'signed-in',
  'DELETE /api/v1/session': 'signed-in',
  'POST /api/v1/session/password': 'signed-in',
  'GET /api/v1/users': ['admin'],
  'POST /api/v1/users': ['admin'],
  'PATCH /api/v1/users/:id': ['admin'],
  'DELETE /api/v1/users/:id': ['admin'],
  'POST /api/v1/devices/challenge': 'signed-in',
  'POST /api/v1/devices': 'signed-in',
  'GET /api/v1/devices': ['admin'],
  // Any signed-in user, but only for their own device unless they are an admin (checked in report-device-lost.ts).
  'POST /api/v1/devices/:id/lost': 'signed-in',
  'GET /api/v1/trust-lists/foreign': ['admin'],
  'POST /api/v1/trust-lists/foreign/preview': ['admin'],
  'POST /api/v1/trust-lists/foreign': ['admin'],
  'GET /api/v1/notices': ['admin'],
  'GET /api/v1/notices/:id': ['admin'],
  // Sync: no cookie session; push and pull are signed by an enrolled device key (docs/sync-protocol.md).
  'POST /api/v1/sync/hello': 'public',
  'POST /api/v1/sync/push': 'public',
  'POST /api/v1/sync/pull': 'public',
  'POST /api/v1/sync/checklist': 'public',
  // HQ's view of the synced log.
  'GET /api/v1/hq/permits': ['admin'],
  'GET /api/v1/hq/permits/:id': ['admin'],
  'GET /api/v1/hq/devices': ['admin'],
  'GET /api/v1/hq/alerts': ['admin'],
  'POST /api/v1/hq/alerts/:id/acknowledge': ['admin'],
  'GET /api/v1/hq/checkpoint': ['admin'],
  // The quota shares HQ gives devices (DESIGN §3).
  'GET /api/v1/hq/quota-shares': ['admin'],
  'PUT /api/v1/hq/quota-shares': ['admin'],
  'DELETE /api/v1/hq/quota-shares/:id': ['admin'],
};

/** What a user whose password is a one-time password may still do: see who they are, change it, sign out. */
export const allowedBeforePasswordChange: ReadonlySet<string> = new Set([
  'GET /api/v1/session',
  'DELETE /api/v1/session',
  'POST /api/v1/session/password',
]);
