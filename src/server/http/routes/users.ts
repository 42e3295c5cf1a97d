import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { changeUser } from '../../identity/change-user.ts';
import { identityError } from '../../identity/identity-error.ts';
import { removeUser } from '../../identity/remove-user.ts';
import { displayNameSchema, officeSchema, rolesSchema, usernameSchema } from '../../identity/user-record.ts';
import { addUser, listUsers } from '../../identity/users.ts';
import { sessionOf } from '../authorize.ts';
import type { IdentityContext } from '../identity-context.ts';
import { answerIdentityErrors } from '../identity-error-reply.ts';
import { parseBody } from '../parse-body.ts';
import { sendRootKeyLocked } from '../root-key-locked.ts';

const newUserSchema = z.strictObject({
  username: usernameSchema,
  displayName: displayNameSchema,
  roles: rolesSchema,
  office: officeSchema.optional(),
});
const userChangesSchema = z
  .strictObject({ displayName: displayNameSchema.optional(), roles: rolesSchema.optional(), office: officeSchema.nullable().optional() })
  .refine((changes) => Object.keys(changes).length > 0, 'nothing to change');
const removalSchema = z.strictObject({ reason: z.string().trim().min(1).max(500).optional() }).optional();
const idParamsSchema = z.strictObject({ id: z.uuid() });

/** Admin routes: list, add, change and remove users. */
export function registerUserRoutes(app: FastifyInstance, context: IdentityContext): void {
  const { db } = context.store;

  app.get('/api/v1/users', async () => ({ users: await listUsers(db) }));

  app.post('/api/v1/users', async (request, reply) => {
    const body = parseBody(newUserSchema, request.body, reply);
    if (body === undefined) return reply;
    return answerIdentityErrors(reply, async () => {
      const added = await addUser(db, body, context.clock(), context.passwordIterations);
      return reply.code(201).send(added);
    });
  });

  app.patch('/api/v1/users/:id', async (request, reply) => {
    const params = parseBody(idParamsSchema, request.params, reply);
    const body = params === undefined ? undefined : parseBody(userChangesSchema, request.body, reply);
    if (params === undefined || body === undefined) return reply;
    return answerIdentityErrors(reply, () => changeUser(db, context.rootSigner, params.id, body, context.clock()));
  });

  app.delete('/api/v1/users/:id', async (request, reply) => {
    const params = parseBody(idParamsSchema, request.params, reply);
    const body = params === undefined ? undefined : parseBody(removalSchema, request.body, reply);
    if (params === undefined || reply.sent) return reply;
    const signer = context.rootSigner;
    if (signer === undefined) {
      return sendRootKeyLocked(reply, 'sign the new trust list');
    }
    return answerIdentityErrors(reply, async () => {
      if (params.id === sessionOf(request).user.id) throw identityError('cannot_remove_self', 'an administrator cannot remove themselves');
      return removeUser(db, signer, params.id, body?.reason ?? 'removed by an administrator', context.clock());
    });
  });
}
