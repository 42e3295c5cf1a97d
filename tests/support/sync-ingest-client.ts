// A field device talking to HQ's ingest in tests: it signs real entries of its own chain (with bodies the
// projection accepts), says hello, and pushes signed, optionally gzip'd CBOR bodies.
import { gzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import type { CborRecord } from '../../src/core/log/cbor-data.ts';
import type { AuditAction } from '../../src/core/log/audit-action.ts';
import { appendToDeviceChain } from '../../src/core/log/device-chain.ts';
import type { SignedEntry } from '../../src/core/log/entry.ts';
import { isPermitActionName } from '../../src/core/log/permit-act-bodies.ts';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import { helloRequestSchema, helloResponseSchema, type HelloResponse } from '../../src/core/sync/hello.ts';
import { pushResponseSchema, type PushResponse } from '../../src/core/sync/push.ts';
import { signSyncRequest } from '../../src/core/sync/signed-request.ts';
import { decodeSyncMessage, encodeSyncMessage, SYNC_CONTENT_TYPE } from '../../src/core/sync/wire.ts';
import type { Store } from '../../src/server/store/store.ts';
import { bodyFor } from '../core/log/permit-act-fixtures.ts';
import type { LogDevice } from './hq-log-fixture.ts';

export interface EntryAct {
  readonly role: Role;
  readonly action: AuditAction;
  readonly permit: string | null;
  /** The entry's wall time and HLC wall (ms). */
  readonly at: number;
  /** Default: a body the action accepts (tests/core/log/permit-act-fixtures.ts). */
  readonly body?: CborRecord;
}

/** Signs the device's next entry and moves its chain tip. */
export async function signEntry(device: LogDevice, act: EntryAct): Promise<SignedEntry> {
  const kid = device.kidOf.get(act.role);
  if (kid === undefined) throw new Error(`device ${device.code} holds no ${act.role} certificate`);
  const held = device.tip.hlc;
  const hlc = held !== null && held.wallMs >= act.at ? { wallMs: held.wallMs, counter: held.counter + 1 } : { wallMs: act.at, counter: 0 };
  const body = act.body ?? (act.permit !== null && isPermitActionName(act.action) ? bodyFor(act.action, act.permit) : {});
  const draft = { hlc, wallTime: act.at, actor: device.userId, role: act.role, action: act.action, permit: act.permit, body };
  const { signed, tip } = await appendToDeviceChain(device.tip, draft, { kid, seed: device.key.seed });
  device.tip = tip;
  return signed;
}

export interface SyncReply<T> {
  readonly status: number;
  readonly contentType: string;
  /** The decoded CBOR answer, when the status is 200. */
  readonly message: T | undefined;
  /** The error code, when it is not. */
  readonly code: string | undefined;
}

export function postSync(app: FastifyInstance, path: string, body: Uint8Array, headers: Record<string, string> = {}) {
  return app.inject({
    method: 'POST',
    url: `/api/v1/sync/${path}`,
    headers: { 'content-type': SYNC_CONTENT_TYPE, ...headers },
    payload: Buffer.from(body),
  });
}

export async function hello(app: FastifyInstance, device: string): Promise<SyncReply<HelloResponse>> {
  const response = await postSync(app, 'hello', encodeSyncMessage(helloRequestSchema, { v: 1, device }));
  return syncReply(response.statusCode, response.headers['content-type'], response.rawPayload, helloResponseSchema);
}

export interface PushOptions {
  readonly sentAt: number;
  readonly nonce: Uint8Array;
  readonly pending?: number;
  /** Default true: the client always gzips. */
  readonly gzip?: boolean;
}

export function signedPushBody(device: LogDevice, entries: readonly Uint8Array[], options: PushOptions): Promise<Uint8Array> {
  return signSyncRequest(device.key.seed, {
    v: 1,
    device: device.code,
    nonce: options.nonce,
    sentAt: options.sentAt,
    pending: options.pending ?? entries.length,
    kind: 'push',
    push: { entries: [...entries] },
  });
}

export async function push(app: FastifyInstance, device: LogDevice, entries: readonly Uint8Array[], options: PushOptions): Promise<SyncReply<PushResponse>> {
  const body = await signedPushBody(device, entries, options);
  const gzip = options.gzip ?? true;
  const response = await postSync(app, 'push', gzip ? gzipSync(body) : body, gzip ? { 'content-encoding': 'gzip' } : {});
  return syncReply(response.statusCode, response.headers['content-type'], response.rawPayload, pushResponseSchema);
}

export function syncReply<T>(status: number, contentType: unknown, payload: Buffer, schema: Parameters<typeof decodeSyncMessage<T>>[0]): SyncReply<T> {
  const type = typeof contentType === 'string' ? contentType : '';
  if (status !== 200) return { status, contentType: type, message: undefined, code: errorCodeOf(payload) };
  const decoded = decodeSyncMessage(schema, new Uint8Array(payload), 'sync response');
  if (!decoded.ok) throw new Error(decoded.reason);
  return { status, contentType: type, message: decoded.value, code: undefined };
}

/** The `error.code` of a JSON error answer. */
export function errorCodeOf(payload: Buffer): string | undefined {
  const parsed: unknown = JSON.parse(payload.toString('utf8'));
  if (typeof parsed !== 'object' || parsed === null || !('error' in parsed)) return undefined;
  const { error } = parsed;
  return typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : undefined;
}

/** Row counts of every sync table: "nothing stored" is these being equal before and after. */
export async function syncRowCounts(store: Store): Promise<Record<string, number>> {
  const tables = ['log_entries', 'quarantine', 'checkpoints', 'device_chains', 'alerts', 'permits', 'status_list_versions'] as const;
  const counts: Record<string, number> = {};
  for (const table of tables) {
    const row = await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('count')).executeTakeFirstOrThrow();
    counts[table] = Number(row.count);
  }
  return counts;
}
