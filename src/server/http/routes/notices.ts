import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import { findNoticeBytes, listOutbox } from '../../notices/notice-outbox.ts';
import { apiErrorBody } from '../api-error.ts';
import type { IdentityContext } from '../identity-context.ts';
import { parseBody } from '../parse-body.ts';

const idParamsSchema = z.strictObject({ id: z.uuid() });

/** The Secretariat notice outbox for admins: the list, and each notice's signed bytes to download. */
export function registerNoticeRoutes(app: FastifyInstance, context: IdentityContext): void {
  const { db } = context.store;

  app.get('/api/v1/notices', async () => ({ notices: await listOutbox(db) }));

  app.get('/api/v1/notices/:id', async (request, reply) => {
    const params = parseBody(idParamsSchema, request.params, reply);
    if (params === undefined) return reply;
    const signed = await findNoticeBytes(db, params.id);
    if (signed === undefined) return reply.code(404).send(apiErrorBody('notice_not_found', `no notice with id ${params.id}`));
    return reply
      .type('application/cose')
      .header('content-disposition', `attachment; filename="notice-${params.id}.cose"`)
      .send(Buffer.from(signed));
  });
}
