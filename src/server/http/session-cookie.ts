// The session token travels in an HttpOnly cookie, not a bearer header: page scripts (an XSS) cannot read
// it, the browser attaches it to every same-origin request with no token handling in the app, and
// SameSite=Strict keeps cross-site requests from carrying it (CSRF). Path=/api: static files never get it.
import type { FastifyReply, FastifyRequest } from 'fastify';
import { SESSION_ABSOLUTE_MS } from '../identity/sessions.ts';

export const SESSION_COOKIE = 'hornbill_session';

export function readSessionCookie(request: FastifyRequest): string | undefined {
  const header = request.headers.cookie;
  if (header === undefined) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator !== -1 && part.slice(0, separator).trim() === SESSION_COOKIE) return part.slice(separator + 1).trim();
  }
  return undefined;
}

/** Secure when the client reached us over HTTPS (directly or, with trustProxy, through the TLS proxy). */
function attributes(request: FastifyRequest, maxAgeSeconds: number): string {
  const secure = request.protocol === 'https' ? '; Secure' : '';
  return `Path=/api; HttpOnly; SameSite=Strict; Max-Age=${maxAgeSeconds}${secure}`;
}

export function setSessionCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  void reply.header('set-cookie', `${SESSION_COOKIE}=${token}; ${attributes(request, Math.floor(SESSION_ABSOLUTE_MS / 1000))}`);
}

export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  void reply.header('set-cookie', `${SESSION_COOKIE}=; ${attributes(request, 0)}`);
}
