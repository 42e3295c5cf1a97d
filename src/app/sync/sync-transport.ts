// One sync request to HQ: CBOR body (gzip'd), CBOR answer. Whatever goes wrong on the way comes out as a
// SyncProblem with its next step: a fetch that throws or a body cut mid-way is a network problem (retry with
// backoff); an error status is mapped by docs/sync-protocol.md §Errors; an answer off the schema is bad-answer.
import { z } from 'zod';
import { decodeSyncMessage, SYNC_CONTENT_TYPE } from '../../core/sync/wire.ts';
import type { Fetch } from '../auth/hq-api.ts';
import { gzip } from './gzip.ts';
import { networkProblem, problemFromHttpError, SyncProblem } from './sync-problem.ts';

export type SyncEndpoint = 'hello' | 'push' | 'pull' | 'checklist';

const errorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

async function errorOf(response: Response): Promise<SyncProblem> {
  const body: unknown = await response.json().catch(() => null);
  const parsed = errorSchema.safeParse(body);
  return parsed.success
    ? problemFromHttpError(response.status, parsed.data.error.code, parsed.data.error.message)
    : problemFromHttpError(response.status, `http_${response.status}`, 'no error body');
}

export async function postSync<T>(fetchFn: Fetch, endpoint: SyncEndpoint, body: Uint8Array, schema: z.ZodType<T>): Promise<T> {
  let answer: Uint8Array;
  try {
    const compressed = await gzip(body);
    const response = await fetchFn(`/api/v1/sync/${endpoint}`, {
      method: 'POST',
      cache: 'no-store',
      credentials: 'omit',
      headers: { 'content-type': SYNC_CONTENT_TYPE, 'content-encoding': 'gzip' },
      body: compressed as BodyInit,
    });
    if (!response.ok) throw await errorOf(response);
    answer = new Uint8Array(await response.arrayBuffer());
  } catch (error) {
    throw error instanceof SyncProblem ? error : networkProblem(error);
  }
  const decoded = decodeSyncMessage(schema, answer, `the ${endpoint} answer`);
  if (!decoded.ok) throw new SyncProblem('bad-answer', decoded.reason);
  return decoded.value;
}
