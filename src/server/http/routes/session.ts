import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { isIdentityError } from '../../identity/identity-error.ts';
import { MAX_PASSWORD_LENGTH } from '../../identity/password-policy.ts';
import { endSession } from '../../identity/sessions.ts';
import { signIn } from '../../identity/sign-in.ts';
import { changePassword } from '../../identity/users.ts';
import { apiErrorBody } from '../api-error.ts';
import { sessionOf } from '../authorize.ts';
import type { IdentityContext } from '../identity-context.ts';
import { sendIdentityError } from '../identity-error-reply.ts';
import { parseBody } from '../parse-body.ts';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.ts';

const passwordSchema = z.string().min(1).max(MAX_PASSWORD_LENGTH * 4);
const signInSchema = z.strictObject({ username: z.string().min(1).max(200), password: passwordSchema });
const changePasswordSchema = z.strictObject({ currentPassword: passwordSchema, newPassword: passwordSchema });

/** HQ policy: a device locks after this many idle minutes and asks for the password again. */
export const AUTO_LOCK_MINUTES = 15;

/** Sign in, who am I, sign out, change password. */
export function registerSessionRoutes(app: FastifyInstance, context: IdentityContext): void {
  const { db } = context.store;

  app.post('/api/v1/session', async (request, reply) => {
    const body = parseBody(signInSchema, request.body, reply);
    if (body === undefined) return reply;
    const result = await signIn(db, { ...body, address: request.ip }, context.clock(), context.passwordIterations);
    if (!result.ok && result.code === 'too_many_attempts') {
      return reply
        .code(429)
        .header('retry-after', String(result.retryAfterSeconds))
        .send(apiErrorBody('too_many_attempts', `too many failed sign-ins: try again in ${result.retryAfterSeconds} s`));
    }
    if (!result.ok) return reply.code(401).send(apiErrorBody('invalid_credentials', 'wrong username or password'));
    setSessionCookie(request, reply, result.session.token);
    return { user: result.user, expiresAt: result.session.expiresAt, autoLockMinutes: AUTO_LOCK_MINUTES };
  });

  app.get('/api/v1/session', async (request) => {
    const { user, expiresAt } = sessionOf(request);
    return { user, expiresAt, autoLockMinutes: AUTO_LOCK_MINUTES };
  });

  app.delete('/api/v1/session', async (request, reply) => {
    await endSession(db, sessionOf(request).tokenHash, context.clock());
    clearSessionCookie(request, reply);
    return reply.code(204).send();
  });

  app.post('/api/v1/session/password', async (request, reply) => {
    const body = parseBody(changePasswordSchema, request.body, reply);
    if (body === undefined) return reply;
    try {
      await changePassword(db, sessionOf(request).user.id, body.currentPassword, body.newPassword, context.passwordIterations);
    } catch (error) {
      if (isIdentityError(error)) return sendIdentityError(reply, error);
      throw error;
    }
    return reply.code(204).send();
  });
}
