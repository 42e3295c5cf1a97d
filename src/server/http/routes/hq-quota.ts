import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { quotaShareInputSchema } from '../../hq/quota-share-input.ts';
import { listQuotaShares, removeQuotaShare, setQuotaShare } from '../../hq/quota-shares.ts';
import { apiErrorBody } from '../api-error.ts';
import { sessionOf } from '../authorize.ts';
import type { IdentityContext } from '../identity-context.ts';
import { parseBody } from '../parse-body.ts';

const shareParamsSchema = z.strictObject({ id: z.uuid() });

/** The quota shares HQ gives devices (DESIGN §3), for admins: list, set one, remove one. */
export function registerHqQuotaRoutes(app: FastifyInstance, context: IdentityContext): void {
  const { db } = context.store;

  app.get('/api/v1/hq/quota-shares', async () => ({ shares: await listQuotaShares(db) }));

  app.put('/api/v1/hq/quota-shares', async (request, reply) => {
    const input = parseBody(quotaShareInputSchema, request.body, reply);
    if (input === undefined) return reply;
    const result = await setQuotaShare(db, input, sessionOf(request).user.id, context.clock());
    if (!result.ok) return reply.code(422).send(apiErrorBody(result.code, result.message));
    return { share: result.share };
  });

  app.delete('/api/v1/hq/quota-shares/:id', async (request, reply) => {
    const params = parseBody(shareParamsSchema, request.params, reply);
    if (params === undefined) return reply;
    if (!(await removeQuotaShare(db, params.id))) return reply.code(404).send(apiErrorBody('quota_share_not_found', `no quota share with id ${params.id}`));
    return reply.code(204).send();
  });
}
