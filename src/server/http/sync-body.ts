// Request bodies of the sync routes (docs/sync-protocol.md §Transport, §Limits): application/cbor only, sent
// as is or gzip'd, at most MAX_REQUEST_BYTES as sent and MAX_INFLATED_REQUEST_BYTES once inflated (a
// decompression bomb stops at the cap). Register the routes inside `withSyncBodies` so that the CBOR parser
// and limit apply to them alone; their handlers read the body with `syncBodyOf`.
import { gunzip } from 'node:zlib';
import { promisify } from 'node:util';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { MAX_INFLATED_REQUEST_BYTES, MAX_REQUEST_BYTES } from '../../core/sync/limits.ts';
import { SYNC_ERROR_CODES, type SyncErrorCode } from '../../core/sync/sync-error.ts';
import { SYNC_CONTENT_TYPE } from '../../core/sync/wire.ts';
import { apiErrorBody } from './api-error.ts';

const gunzipAsync = promisify(gunzip);

/** What a sync route's options need: the size limit, and no request decompression by @fastify/compress (done here, capped). */
export const SYNC_ROUTE_OPTIONS = { bodyLimit: MAX_REQUEST_BYTES, decompress: false } as const;

/** Registers `routes` in a scope where application/cbor bodies arrive as raw bytes and anything else is 415. */
export async function withSyncBodies(app: FastifyInstance, routes: (scope: FastifyInstance) => void): Promise<void> {
  await app.register(async (scope) => {
    scope.removeAllContentTypeParsers();
    scope.addContentTypeParser(SYNC_CONTENT_TYPE, { parseAs: 'buffer', bodyLimit: MAX_REQUEST_BYTES }, (_request, body, done) => {
      done(null, body);
    });
    scope.addContentTypeParser('*', (_request, _payload, done) => {
      done(Object.assign(new Error(`a sync body must be ${SYNC_CONTENT_TYPE}`), { statusCode: 415 }));
    });
    scope.setErrorHandler(async (error, _request, reply) => answerBodyError(error, reply));
    routes(scope);
  });
}

/** The request body as bytes, inflated when it was gzip'd; or undefined after answering the error. */
export async function syncBodyOf(request: FastifyRequest, reply: FastifyReply): Promise<Uint8Array | undefined> {
  const body: unknown = request.body;
  if (!(body instanceof Uint8Array)) {
    void sendSyncError(reply, 'sync.unsupported-media', `a sync body must be ${SYNC_CONTENT_TYPE}`);
    return undefined;
  }
  const encoding = (request.headers['content-encoding'] ?? 'identity').trim().toLowerCase();
  if (encoding === 'identity') return body;
  if (encoding !== 'gzip') {
    void sendSyncError(reply, 'sync.unsupported-media', `Content-Encoding ${encoding} is not supported: send gzip or identity`);
    return undefined;
  }
  try {
    return new Uint8Array(await gunzipAsync(body, { maxOutputLength: MAX_INFLATED_REQUEST_BYTES }));
  } catch (error) {
    if (error instanceof RangeError || (error instanceof Error && 'code' in error && error.code === 'ERR_BUFFER_TOO_LARGE')) {
      void sendSyncError(reply, 'sync.too-large', `the body inflates to more than ${MAX_INFLATED_REQUEST_BYTES} bytes`);
    } else {
      void sendSyncError(reply, 'sync.malformed', 'the body is not valid gzip');
    }
    return undefined;
  }
}

export function sendSyncError(reply: FastifyReply, code: SyncErrorCode, message: string): FastifyReply {
  return reply.code(SYNC_ERROR_CODES[code].status).send(apiErrorBody(code, message));
}

/** Fastify's own refusals inside the scope (body too large, bad content type) in the sync error shape. */
function answerBodyError(error: unknown, reply: FastifyReply): FastifyReply {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  const status = typeof error === 'object' && error !== null && 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : 500;
  const message = error instanceof Error ? error.message : 'bad request';
  if (code === 'FST_ERR_CTP_BODY_TOO_LARGE' || status === 413) return sendSyncError(reply, 'sync.too-large', `the body is over ${MAX_REQUEST_BYTES} bytes`);
  if (status === 415 || code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE') return sendSyncError(reply, 'sync.unsupported-media', message);
  if (status >= 500) throw error;
  return sendSyncError(reply, 'sync.malformed', message);
}
