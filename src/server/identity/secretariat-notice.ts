// Notices to the CITES Secretariat (DESIGN §4; SC70: notify the Secretariat at once when an authenticated
// user is removed). Each is a COSE_Sign1 signed by the root key whose payload is deterministic CBOR, so the
// Secretariat checks it against the root key it already holds from the trust list. Queued in an outbox;
// notice-delivery.ts sends them by webhook or e-mail, `hornbill notices export` writes them to a file.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { encodeDocumentPayload, signCoseDocument } from '../../core/trust/cose-document.ts';
import type { Database } from '../store/database.ts';
import type { RootSigner } from './root-signer.ts';
import type { User } from './user-record.ts';

export const USER_REMOVED_NOTICE = 'user-removed';
export const DEVICE_REVOKED_NOTICE = 'device-revoked';

/** Signs `{format: 1, kind, id, party, issuedAt, …fields}` and queues it; returns the notice id. */
async function queueNotice(db: Kysely<Database>, signer: RootSigner, kind: string, issuedAt: Date, fields: Readonly<Record<string, unknown>>): Promise<string> {
  const id = randomUUID();
  const payload = encodeDocumentPayload({ format: 1, kind, id, party: signer.party, issuedAt: issuedAt.getTime(), ...fields });
  const signed = await signCoseDocument(signer.seed, payload);
  await db
    .insertInto('secretariat_notices')
    .values({ id, kind, created_at: issuedAt.toISOString(), signed: toBase64(signed), delivered_at: null })
    .execute();
  return id;
}

export interface UserRemovedNotice {
  readonly user: User;
  readonly removedAt: Date;
  readonly reason: string;
  readonly revokedKids: readonly Uint8Array[];
  readonly trustListVersion: number;
}

export function queueUserRemovedNotice(db: Kysely<Database>, signer: RootSigner, notice: UserRemovedNotice): Promise<string> {
  return queueNotice(db, signer, USER_REMOVED_NOTICE, notice.removedAt, {
    user: { id: notice.user.id, username: notice.user.username, name: notice.user.displayName, roles: [...notice.user.roles] },
    removedAt: notice.removedAt.getTime(),
    reason: notice.reason,
    revokedKids: [...notice.revokedKids],
    trustListVersion: notice.trustListVersion,
  });
}

export interface DeviceRevokedNotice {
  readonly device: { readonly id: string; readonly code: string };
  readonly user: User;
  readonly revokedAt: Date;
  readonly reason: string;
  readonly revokedKids: readonly Uint8Array[];
  readonly trustListVersion: number;
}

/** A lost or stolen tablet: its keys are revoked, though its user stays. */
export function queueDeviceRevokedNotice(db: Kysely<Database>, signer: RootSigner, notice: DeviceRevokedNotice): Promise<string> {
  return queueNotice(db, signer, DEVICE_REVOKED_NOTICE, notice.revokedAt, {
    device: { id: notice.device.id, code: notice.device.code },
    user: { id: notice.user.id, username: notice.user.username, name: notice.user.displayName },
    revokedAt: notice.revokedAt.getTime(),
    reason: notice.reason,
    revokedKids: [...notice.revokedKids],
    trustListVersion: notice.trustListVersion,
  });
}

export interface StoredNotice {
  readonly id: string;
  readonly kind: string;
  readonly createdAt: string;
  readonly signed: Uint8Array;
}

export function decodeNoticeBytes(id: string, text: string): Uint8Array {
  const signed = parseBase64(text);
  if (signed === undefined) throw new Error(`notice ${id} is not base64`);
  return signed;
}

export async function listNotices(db: Kysely<Database>): Promise<StoredNotice[]> {
  const rows = await db.selectFrom('secretariat_notices').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => ({ id: row.id, kind: row.kind, createdAt: row.created_at, signed: decodeNoticeBytes(row.id, row.signed) }));
}
