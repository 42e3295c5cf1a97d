// One device's sync as the app's client does it (src/app/sync): hello, then a push of its pending entries and
// a pull, each a CBOR body sent gzip'd and signed with the device key, the answers accepted compressed as a
// browser accepts them. Split for load rows: the bodies are signed and compressed before the clock starts,
// the timed part only sends them and reads the answers, and the answers are checked afterwards in full
// (schema, no rejection, the receipt's checkpoint signature and inclusion proofs, the pull's consistency proof).
import { brotliDecompressSync, gunzipSync, gzipSync } from 'node:zlib';
import type { z } from 'zod';
import { toHex } from '../../src/core/crypto/bytes.ts';
import { openSignedCheckpoint, type Checkpoint } from '../../src/core/log/checkpoint.ts';
import { entryId } from '../../src/core/log/entry.ts';
import { verifyConsistency } from '../../src/core/log/merkle-proof.ts';
import type { NoteVerifierKey } from '../../src/core/log/note-verifier-key.ts';
import { helloRequestSchema, helloResponseSchema } from '../../src/core/sync/hello.ts';
import { MAX_PULL_ENTRIES } from '../../src/core/sync/limits.ts';
import { verifyLogKeyStatement } from '../../src/core/sync/log-key-statement.ts';
import { pullResponseSchema } from '../../src/core/sync/pull.ts';
import { pushResponseSchema } from '../../src/core/sync/push.ts';
import { signSyncRequest } from '../../src/core/sync/signed-request.ts';
import { PROTOCOL_VERSION } from '../../src/core/sync/wire-types.ts';
import { decodeSyncMessage, encodeSyncMessage, SYNC_CONTENT_TYPE } from '../../src/core/sync/wire.ts';
import { verifyReceipt } from '../../src/app/sync/verify-receipt.ts';
import type { HttpAnswer, KeepAliveClient } from './keep-alive-client.ts';
import type { FleetDevice } from './sync-fleet.ts';

/** What a browser's fetch sends; HQ picks brotli or gzip for the CBOR answers. */
const SYNC_HEADERS = { 'content-type': SYNC_CONTENT_TYPE, 'content-encoding': 'gzip', 'accept-encoding': 'gzip, deflate, br' } as const;

/** A request's outcome: the answer, or the network error; ms either way. */
export type Step = { readonly ok: true; readonly answer: HttpAnswer } | { readonly ok: false; readonly ms: number; readonly error: string };

export interface Session {
  readonly nonce: Uint8Array;
  readonly verifierKey: NoteVerifierKey;
}

/** What the device holds before it syncs: its pull cursor, its newest checkpoint, its trust list version. */
export interface HeldState {
  readonly cursor: number;
  readonly checkpoint: Checkpoint | null;
  readonly trustListVersion: number;
}

export interface PreparedSync {
  readonly device: FleetDevice;
  readonly session: Session;
  readonly held: HeldState;
  readonly entryIds: ReadonlySet<string>;
  readonly push: Uint8Array;
  readonly pull: Uint8Array;
}

export interface SyncRun {
  readonly push: Step;
  /** Undefined when the push failed: the client stops there. */
  readonly pull: Step | undefined;
}

export interface CheckedSync {
  readonly problems: readonly string[];
  readonly pulledEntries: number;
  readonly more: boolean;
  /** The pull's checkpoint, when it checked out. */
  readonly checkpoint: Checkpoint | null;
}

export async function send(client: KeepAliveClient, method: 'GET' | 'POST', path: string, body?: Uint8Array): Promise<Step> {
  const start = performance.now();
  try {
    return { ok: true, answer: await client.send(method, path, method === 'POST' ? SYNC_HEADERS : {}, body) };
  } catch (error) {
    return { ok: false, ms: performance.now() - start, error: error instanceof Error ? error.message : String(error) };
  }
}

export function stepMs(step: Step): number {
  return step.ok ? step.answer.ms : step.ms;
}

export function helloBody(device: FleetDevice): Uint8Array {
  return gzipSync(encodeSyncMessage(helloRequestSchema, { v: PROTOCOL_VERSION, device: device.code }));
}

/** The session hello opened, after checking the log key statement against the root key. */
export async function openHello(step: Step, rootPublicKey: Uint8Array): Promise<Session | string> {
  const decoded = decodeAnswer(step, helloResponseSchema, 'hello');
  if (typeof decoded === 'string') return decoded;
  const statement = await verifyLogKeyStatement(decoded.logKey, rootPublicKey);
  return statement.ok ? { nonce: decoded.nonce, verifierKey: statement.value.verifierKey } : `hello: ${statement.reason}`;
}

export async function prepareSync(device: FleetDevice, session: Session, entries: readonly Uint8Array[], held: HeldState): Promise<PreparedSync> {
  const head = { v: PROTOCOL_VERSION, device: device.code, nonce: session.nonce, sentAt: Date.now() } as const;
  const push = await signSyncRequest(device.seed, { ...head, pending: entries.length, kind: 'push', push: { entries: [...entries] } });
  const pullBody = { cursor: held.cursor, treeSize: held.checkpoint?.size ?? 0, trustListVersion: held.trustListVersion, statusListVersion: 0, quotaSharesVersion: 0, limit: MAX_PULL_ENTRIES };
  const pull = await signSyncRequest(device.seed, { ...head, pending: 0, kind: 'pull', pull: pullBody });
  const entryIds = new Set(entries.map((bytes) => toHex(entryId(bytes))));
  return { device, session, held, entryIds, push: gzipSync(push), pull: gzipSync(pull) };
}

/** The timed part: push, then pull once the push is answered. */
export async function runPrepared(client: KeepAliveClient, prepared: PreparedSync): Promise<SyncRun> {
  const push = await send(client, 'POST', '/api/v1/sync/push', prepared.push);
  if (!push.ok || push.answer.status !== 200) return { push, pull: undefined };
  return { push, pull: await send(client, 'POST', '/api/v1/sync/pull', prepared.pull) };
}

export async function checkSync(prepared: PreparedSync, run: SyncRun): Promise<CheckedSync> {
  const problems = await checkPush(prepared, run.push);
  if (run.pull === undefined) return { problems, pulledEntries: 0, more: false, checkpoint: null };
  const pull = decodeAnswer(run.pull, pullResponseSchema, 'pull');
  if (typeof pull === 'string') return { problems: [...problems, pull], pulledEntries: 0, more: false, checkpoint: null };
  const checkpoint = await openSignedCheckpoint(pull.checkpoint, [prepared.session.verifierKey]);
  if (!checkpoint.ok) return { problems: [...problems, `pull checkpoint: ${checkpoint.reason}`], pulledEntries: pull.entries.length, more: pull.more, checkpoint: null };
  const notExtending = whyNotExtending(prepared.held.checkpoint, checkpoint.value, pull.consistency);
  return { problems: notExtending === undefined ? problems : [...problems, notExtending], pulledEntries: pull.entries.length, more: pull.more, checkpoint: checkpoint.value };
}

async function checkPush(prepared: PreparedSync, step: Step): Promise<string[]> {
  const push = decodeAnswer(step, pushResponseSchema, 'push');
  if (typeof push === 'string') return [push];
  if (push.rejected.length > 0) return push.rejected.map((rejection) => `push: entry ${rejection.index} rejected: ${rejection.code}: ${rejection.reason}`);
  if (push.receipt === null || push.receipt.entries.length !== prepared.entryIds.size) return [`push: ${push.receipt?.entries.length ?? 0} receipts for ${prepared.entryIds.size} entries`];
  try {
    await verifyReceipt(push.receipt, prepared.entryIds, prepared.session.verifierKey, { receivedAt: Date.now(), hqTime: push.hqTime });
    return [];
  } catch (error) {
    return [`push receipt: ${error instanceof Error ? error.message : String(error)}`];
  }
}

function whyNotExtending(held: Checkpoint | null, newest: Checkpoint, proof: readonly Uint8Array[]): string | undefined {
  if (held === null) return undefined;
  const verdict = verifyConsistency(held.size, newest.size, proof, held.rootHash, newest.rootHash);
  return verdict.ok ? undefined : `pull consistency ${held.size} → ${newest.size}: ${verdict.reason}`;
}

/** The answer's message, or why there is none (network error, error status, bad encoding, off the schema). */
function decodeAnswer<T>(step: Step, schema: z.ZodType<T>, what: string): T | string {
  if (!step.ok) return `${what}: ${step.error}`;
  const { status, body, contentEncoding } = step.answer;
  if (status !== 200) return `${what}: HTTP ${status} ${body.toString('utf8').slice(0, 300)}`;
  let bytes: Buffer;
  try {
    bytes = contentEncoding === 'br' ? brotliDecompressSync(body) : contentEncoding === 'gzip' ? gunzipSync(body) : body;
  } catch (error) {
    return `${what}: the ${contentEncoding ?? 'identity'} answer does not decompress (${error instanceof Error ? error.message : String(error)})`;
  }
  const decoded = decodeSyncMessage(schema, new Uint8Array(bytes), `the ${what} answer`);
  return decoded.ok ? decoded.value : decoded.reason;
}
