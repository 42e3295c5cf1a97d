import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { resolveSession, type ActiveSession } from '../identity/sessions.ts';
import { apiErrorBody } from './api-error.ts';
import type { IdentityContext } from './identity-context.ts';
import { allowedBeforePasswordChange, routeRoles, type RouteAccess } from './route-roles.ts';
import { readSessionCookie } from './session-cookie.ts';

const sessions = new WeakMap<FastifyRequest, ActiveSession>();

/** The signed-in session of a request that passed authorization on a non-public route. */
export function sessionOf(request: FastifyRequest): ActiveSession {
  const session = sessions.get(request);
  if (session === undefined) throw new Error(`${request.method} ${request.url}: no session (is the route public in route-roles.ts?)`);
  return session;
}

function routeKey(method: string, url: string): string {
  // Fastify adds a HEAD route for each GET; it is governed by the GET entry.
  return `${method === 'HEAD' ? 'GET' : method} ${url}`;
}

function accessFor(method: string, url: string): RouteAccess | undefined {
  return routeRoles[routeKey(method, url)];
}

/**
 * Enforces route-roles.ts: an /api route missing from the table fails registration; each request to an
 * /api route is checked by one preHandler. 401 without a valid session (the body says why), 403 without
 * a permitted role or while a one-time password is still to be changed. Must run before routes register.
 */
export function enforceRouteRoles(app: FastifyInstance, context: IdentityContext): void {
  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/')) return;
    for (const method of [route.method].flat()) {
      if (accessFor(method, route.url) === undefined) throw new Error(`route ${method} ${route.url} has no entry in route-roles.ts`);
    }
  });
  app.addHook('preHandler', async (request, reply) => {
    const url = request.routeOptions.url;
    if (url === undefined || !url.startsWith('/api/')) return;
    void reply.header('cache-control', 'no-store');
    const access = accessFor(request.method, url);
    if (access === 'public') return;
    if (access === undefined) return deny(reply, 403, 'forbidden', 'this route has no access rule');
    const token = readSessionCookie(request);
    if (token === undefined || token === '') return deny(reply, 401, 'unauthenticated', 'sign in first');
    const lookup = await resolveSession(context.store.db, token, context.clock());
    if (!lookup.ok) return deny(reply, 401, 'invalid_session', lookup.reason);
    const { user } = lookup.session;
    if (access !== 'signed-in' && !access.some((role) => user.roles.includes(role))) {
      return deny(reply, 403, 'forbidden', `this needs one of the roles: ${access.join(', ')}`);
    }
    if (user.mustChangePassword && !allowedBeforePasswordChange.has(routeKey(request.method, url))) {
      return deny(reply, 403, 'password_change_required', 'change the one-time password first');
    }
    sessions.set(request, lookup.session);
  });
}

function deny(reply: FastifyReply, status: 401 | 403, code: string, message: string): FastifyReply {
  return reply.code(status).send(apiErrorBody(code, message));
}
