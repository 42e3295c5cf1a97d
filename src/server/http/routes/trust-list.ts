import type { FastifyInstance } from 'fastify';
import { latestTrustList } from '../../identity/trust-publisher.ts';
import { apiErrorBody } from '../api-error.ts';
import type { IdentityContext } from '../identity-context.ts';

/**
 * GET /api/v1/trust-list: the newest signed trust list, `application/cbor`, public (it holds public keys only).
 * Caches may keep it but must revalidate; the ETag is the SHA-256 of the bytes, so a device that has the
 * current list gets a 304 with no body.
 */
export function registerTrustListRoute(app: FastifyInstance, context: IdentityContext): void {
  app.get('/api/v1/trust-list', async (request, reply) => {
    const published = await latestTrustList(context.store.db);
    if (published === undefined) return reply.code(404).send(apiErrorBody('no_trust_list', "no trust list yet: run 'hornbill authority init'"));
    const etag = `"${published.sha256}"`;
    void reply.header('cache-control', 'public, no-cache').header('etag', etag);
    if (request.headers['if-none-match'] === etag) return reply.code(304).send();
    return reply.type('application/cbor').send(Buffer.from(published.signed));
  });
}
