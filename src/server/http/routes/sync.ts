import type { FastifyInstance, FastifyReply } from 'fastify';
import type { z } from 'zod';
import { helloRequestSchema, helloResponseSchema } from '../../../core/sync/hello.ts';
import { encodePullResponse } from '../../../core/sync/pull-encoding.ts';
import { pushResponseSchema } from '../../../core/sync/push.ts';
import { decodeSyncMessage, encodeSyncMessage } from '../../../core/sync/wire.ts';
import { authenticateSyncRequest } from '../../sync/authenticate-request.ts';
import { handleChecklistPage } from '../../sync/checklist-page-request.ts';
import { handleHello } from '../../sync/hello.ts';
import { ingestPush } from '../../sync/ingest-push.ts';
import { handlePull } from '../../sync/pull.ts';
import type { SyncContext } from '../../sync/sync-context.ts';
import type { SyncFailure } from '../../sync/sync-failure.ts';
import { sendGzippedSyncAnswer, sendSyncAnswer } from '../sync-answer.ts';
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
      if ((await context.logKey()) === undefined || context.rootSigner === undefined) {
        return sendSyncError(reply, 'sync.unavailable', 'HQ runs without its root key, so it cannot sign receipts: try again later');
      }
      const authenticated = await authenticateSyncRequest(context, body, 'push');
      if (!authenticated.ok) return sendFailure(reply, authenticated);
      return sendCbor(reply, pushResponseSchema, await ingestPush(context, authenticated.request));
    });

    scope.post('/api/v1/sync/pull', SYNC_ROUTE_OPTIONS, async (request, reply) => {
      const body = await syncBodyOf(request, reply);
      if (body === undefined) return reply;
      const authenticated = await authenticateSyncRequest(context, body, 'pull');
      if (!authenticated.ok) return sendFailure(reply, authenticated);
      return sendSyncAnswer(reply, encodePullResponse(await handlePull(context, authenticated.request)));
    });

    scope.post('/api/v1/sync/checklist', SYNC_ROUTE_OPTIONS, async (request, reply) => {
      const body = await syncBodyOf(request, reply);
      if (body === undefined) return reply;
      const authenticated = await authenticateSyncRequest(context, body, 'checklist');
      if (!authenticated.ok) return sendFailure(reply, authenticated);
      const answer = await handleChecklistPage(context.db, authenticated.request);
      return answer.ok ? sendGzippedSyncAnswer(reply, answer.gzipped) : sendFailure(reply, answer);
    });
  });
}

function sendCbor<T>(reply: FastifyReply, schema: z.ZodType<T>, message: T): Promise<FastifyReply> {
  return sendSyncAnswer(reply, encodeSyncMessage(schema, message));
}

function sendFailure(reply: FastifyReply, failure: SyncFailure): FastifyReply {
  return sendSyncError(reply, failure.code, failure.message);
}
