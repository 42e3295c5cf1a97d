// Hello (docs/sync-protocol.md §Hello): a nonce for the device's session, HQ's clock and the root-signed
// statement of HQ's log key. Unauthenticated by design: it reveals nothing a device could not learn anyway.
import type { HelloRequest, HelloResponse } from '../../core/sync/hello.ts';
import { PROTOCOL_VERSION } from '../../core/sync/wire-types.ts';
import { ensureFirstCheckpoint } from './checkpoints.ts';
import { issueNonce } from './nonces.ts';
import type { SyncContext } from './sync-context.ts';
import { syncFailure, type SyncFailure } from './sync-failure.ts';

export async function handleHello(context: SyncContext, hello: HelloRequest): Promise<{ ok: true; response: HelloResponse } | SyncFailure> {
  const logKey = await context.logKey();
  const { nonceKey } = context;
  if (logKey === undefined || nonceKey === undefined) return syncFailure('sync.unavailable', 'HQ runs without its root key, so it cannot sign checkpoints: try again later');
  const device = await context.db.selectFrom('devices').select(['revoked_at']).where('code', '=', hello.device).executeTakeFirst();
  if (device === undefined) return syncFailure('sync.unauthenticated', `no enrolled device ${hello.device}`);
  if (device.revoked_at !== null) return syncFailure('sync.device-revoked', `device ${hello.device} was revoked at ${device.revoked_at}`);
  const now = context.clock();
  await ensureFirstCheckpoint(context.db, logKey, now);
  const { nonce, expiresAt } = issueNonce(nonceKey, hello.device, now);
  return { ok: true, response: { v: PROTOCOL_VERSION, nonce, hqTime: now.getTime(), nonceExpiresAt: expiresAt.getTime(), logKey: logKey.statement } };
}
