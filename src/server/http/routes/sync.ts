import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { helloRequestSchema, helloResponseSchema } from '../../../core/sync/hello.ts';
import { pullResponseSchema } from '../../../core/sync/pull.ts';
import { pushResponseSchema } from '../../../core/sync/push.ts';
import { decodeSyncMessage, encodeSyncMessage, SYNC_CONTENT_TYPE } from '../../../core/sync/wire.ts';
import { authenticateSyncRequest } from '../../sync/authenticate-request.ts';
import { handleHello } from '../../sync/hello.ts';
import { ingestPush } from '../../sync/ingest-push.ts';
import { handlePull } from '../../sync/pull.ts';
import type { SyncContext } from '../../sync/sync-context.ts';
import type { SyncFailure } from '../../sync/sync-failure.ts';
import { sendSyncError, SYNC_ROUTE_OPTIONS, syncBodyOf, withSyncBodies } from '../sync-body.ts';

/** The sync protocol (docs/sync-protocol.md): CBOR in and out, errors as the API's JSON. */
export function registerSyncRoutes(app: FastifyInstance, context: SyncContext): Promise<void> {
  return withSyncBodies(app, (scope) => {
    scope.post('/api/v1/sync/hello', SYNC_ROUTE_OPTIONS, async (request, reply) => {
      const body = await syncBodyOf(request, reply);
      if (body === undefined) return reply;
      const hello = decodeSyncMessage(helloRequestSchema, body, 'hello');
      if (!hello.ok) return sendSyncError(reply, 'sync.malformed', hello.reason);
      const answer = await handleHello(context, hello.value);
      return answer.ok ? sendCbor(reply, helloResponseSchema, answer.response) : sendFailure(reply, answer);
    });

    scope.post('/api/v1/sync/push', SYNC_ROUTE_OPTIONS, async (request, reply) => {
      const body = await syncBodyOf(request, reply);
      if (body === undefined) return reply;
      const logKey = await context.logKey();
      const { rootSigner } = context;
      if (logKey === undefined || rootSigner === undefined) {
        return sendSyncError(reply, 'sync.unavailable', 'HQ runs without its root key, so it cannot sign receipts: try again later');
      }
      const authenticated = await authenticateSyncRequest(context.db, body, 'push', context.clock());
      if (!authenticated.ok) return sendFailure(reply, authenticated);
      return sendCbor(reply, pushResponseSchema, await ingestPush(context, logKey, rootSigner, authenticated.request));
    });

    scope.post('/api/v1/sync/pull', SYNC_ROUTE_OPTIONS, async (request, reply) => {
      const body = await syncBodyOf(request, reply);
      if (body === undefined) return reply;
      const authenticated = await authenticateSyncRequest(context.db, body, 'pull', context.clock());
      if (!authenticated.ok) return sendFailure(reply, authenticated);
      return sendCbor(reply, pullResponseSchema, await handlePull(context, authenticated.request));
    });
  });
}

function sendCbor<T>(reply: FastifyReply, schema: z.ZodType<T>, message: T): FastifyReply {
  return reply.type(SYNC_CONTENT_TYPE).send(Buffer.from(encodeSyncMessage(schema, message)));
}

function sendFailure(reply: FastifyReply, failure: SyncFailure): FastifyReply {
  return sendSyncError(reply, failure.code, failure.message);
}
