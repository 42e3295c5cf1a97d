// Sync answers (CBOR) are compressed here in one call to zlib, which runs on libuv's thread pool, instead of
// through @fastify/compress's per-response stream pipeline: under load that pipeline's JavaScript cost on the
// event loop was a tenth of HQ's CPU, and an answer is one buffer anyway. @fastify/compress leaves an
// answer alone once it carries a Content-Encoding.
import { Buffer } from 'node:buffer';
import { promisify } from 'node:util';
import { brotliCompress, constants, gunzip, gzip } from 'node:zlib';
import type { FastifyReply } from 'fastify';
import { SYNC_CONTENT_TYPE } from '../../core/sync/wire.ts';

const brotliAsync = promisify(brotliCompress);
const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Smaller answers go as they are: compression would save a few bytes for a whole call. */
const MIN_COMPRESSED_BYTES = 1024;
/** Brotli's quality 4 (as @fastify/compress uses): most of the gain of 11 at a small part of its cost. */
const BROTLI_QUALITY = 4;

export type AnswerEncoding = 'br' | 'gzip' | 'identity';

/** The codings an Accept-Encoding header accepts; a coding listed with q=0 counts as refused. */
function acceptedEncodings(acceptEncoding: string | undefined): ReadonlySet<string> {
  return new Set((acceptEncoding ?? '').split(',').flatMap((part) => {
    const [name = '', ...parameters] = part.split(';').map((piece) => piece.trim().toLowerCase());
    const refused = parameters.some((parameter) => /^q=0(\.0{0,3})?$/.test(parameter));
    return name === '' || refused ? [] : [name];
  }));
}

/** Brotli when the client takes it, else gzip, else none. */
export function chooseAnswerEncoding(acceptEncoding: string | undefined): AnswerEncoding {
  const accepted = acceptedEncodings(acceptEncoding);
  if (accepted.has('br')) return 'br';
  if (accepted.has('gzip')) return 'gzip';
  return 'identity';
}

export async function sendSyncAnswer(reply: FastifyReply, bytes: Uint8Array): Promise<FastifyReply> {
  reply.type(SYNC_CONTENT_TYPE).header('vary', 'accept-encoding');
  const body = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  const encoding = body.length < MIN_COMPRESSED_BYTES ? 'identity' : chooseAnswerEncoding(reply.request.headers['accept-encoding']);
  if (encoding === 'identity') return reply.send(body);
  // One output chunk as large as the answer: zlib's default 16 KiB chunks cost a round trip to the thread pool each.
  const chunkSize = Math.max(constants.Z_DEFAULT_CHUNK, body.length);
  const compressed = encoding === 'br'
    ? await brotliAsync(body, { chunkSize, params: { [constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
    : await gzipAsync(body, { chunkSize });
  return reply.header('content-encoding', encoding).send(compressed);
}

/** An answer HQ holds gzip'd already (checklist pages): sent as it is to a client that takes gzip, else inflated. */
export async function sendGzippedSyncAnswer(reply: FastifyReply, gzipped: Uint8Array): Promise<FastifyReply> {
  reply.type(SYNC_CONTENT_TYPE).header('vary', 'accept-encoding');
  const body = Buffer.from(gzipped.buffer, gzipped.byteOffset, gzipped.length);
  if (acceptedEncodings(reply.request.headers['accept-encoding']).has('gzip')) return reply.header('content-encoding', 'gzip').send(body);
  return reply.send(await gunzipAsync(body));
}
