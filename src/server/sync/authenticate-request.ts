// Who sent a push or pull (docs/sync-protocol.md §Authentication): the body is a COSE_Sign1 signed by the key
// HQ recorded when the device was enrolled, naming a nonce HQ issued to that device and that is still valid
// (nonces.ts: stateless, tagged with a key derived from the root key).
// Refusals store nothing, except that a revoked device that still signs raises an alert.
import { parseBase64 } from '../../core/crypto/base64.ts';
import { openSyncRequest, type SyncRequest } from '../../core/sync/signed-request.ts';
import { raiseAlerts } from './alerts.ts';
import { isNonceValid } from './nonces.ts';
import type { SyncContext } from './sync-context.ts';
import { syncFailure, type SyncFailure } from './sync-failure.ts';

export interface AuthenticatedRequest<K extends SyncRequest['kind']> {
  readonly ok: true;
  readonly request: Extract<SyncRequest, { kind: K }>;
}

export async function authenticateSyncRequest<K extends SyncRequest['kind']>(
  context: Pick<SyncContext, 'db' | 'clock' | 'nonceKey'>,
  body: Uint8Array,
  kind: K,
): Promise<AuthenticatedRequest<K> | SyncFailure> {
  const { db, nonceKey } = context;
  const now = context.clock();
  const opened = openSyncRequest(body);
  if (!opened.ok) return syncFailure('sync.malformed', opened.reason);
  const { request } = opened.value;
  if (!isKind(request, kind)) return syncFailure('sync.malformed', `a ${request.kind} request sent to the ${kind} endpoint`);
  const device = await db.selectFrom('devices').select(['public_key', 'revoked_at'])
    .where('code', '=', request.device).executeTakeFirst();
  if (device === undefined) return syncFailure('sync.unauthenticated', `no enrolled device ${request.device}`);
  const publicKey = parseBase64(device.public_key);
  if (publicKey === undefined) throw new Error(`device ${request.device}: the stored public key is not base64`);
  if (!(await opened.value.verify(publicKey))) return syncFailure('sync.unauthenticated', `the request is not signed by the key of device ${request.device}`);
  if (nonceKey === undefined) return syncFailure('sync.unavailable', 'HQ runs without its root key, so it cannot check sessions: try again later');
  if (!isNonceValid(nonceKey, request.device, request.nonce, now)) {
    return syncFailure('sync.nonce-expired', 'the nonce is unknown, expired or issued to another device: say hello again');
  }
  if (device.revoked_at !== null) {
    await raiseAlerts(db, [{
      kind: 'revoked-key-signing',
      subject: request.device,
      device: request.device,
      detail: `device ${request.device}, revoked at ${device.revoked_at}, tried to ${kind}`,
    }], now);
    return syncFailure('sync.device-revoked', `device ${request.device} was revoked at ${device.revoked_at}`);
  }
  return { ok: true, request };
}

function isKind<K extends SyncRequest['kind']>(request: SyncRequest, kind: K): request is Extract<SyncRequest, { kind: K }> {
  return request.kind === kind;
}
