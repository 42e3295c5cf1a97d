// Notices to the CITES Secretariat (DESIGN §4; SC70: notify the Secretariat at once when an authenticated
// user is removed). Each is a COSE_Sign1 signed by the root key whose payload is deterministic CBOR, so the
// Secretariat checks it against the root key it already holds from the trust list. Queued in an outbox;
// delivery by e-mail or webhook is a later step, `hornbill notices export` writes them to a file meanwhile.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { encodeDocumentPayload, signCoseDocument } from '../../core/trust/cose-document.ts';
import type { Database } from '../store/database.ts';
import type { RootSigner } from './root-signer.ts';
import type { User } from './user-record.ts';

export const USER_REMOVED_NOTICE = 'user-removed';

export interface UserRemovedNotice {
  readonly user: User;
  readonly removedAt: Date;
  readonly reason: string;
  readonly revokedKids: readonly Uint8Array[];
  readonly trustListVersion: number;
}

export async function queueUserRemovedNotice(db: Kysely<Database>, signer: RootSigner, notice: UserRemovedNotice): Promise<string> {
  const id = randomUUID();
  const payload = encodeDocumentPayload({
    format: 1,
    kind: USER_REMOVED_NOTICE,
    id,
    party: signer.party,
    issuedAt: notice.removedAt.getTime(),
    user: { id: notice.user.id, username: notice.user.username, name: notice.user.displayName, roles: [...notice.user.roles] },
    removedAt: notice.removedAt.getTime(),
    reason: notice.reason,
    revokedKids: [...notice.revokedKids],
    trustListVersion: notice.trustListVersion,
  });
  const signed = await signCoseDocument(signer.seed, payload);
  await db
    .insertInto('secretariat_notices')
    .values({ id, kind: USER_REMOVED_NOTICE, created_at: notice.removedAt.toISOString(), signed: toBase64(signed), delivered_at: null })
    .execute();
  return id;
}

export interface StoredNotice {
  readonly id: string;
  readonly kind: string;
  readonly createdAt: string;
  readonly signed: Uint8Array;
}

export async function listNotices(db: Kysely<Database>): Promise<StoredNotice[]> {
  const rows = await db.selectFrom('secretariat_notices').selectAll().orderBy('created_at').orderBy('id').execute();
  return rows.map((row) => {
    const signed = parseBase64(row.signed);
    if (signed === undefined) throw new Error(`notice ${row.id} is not base64`);
    return { id: row.id, kind: row.kind, createdAt: row.created_at, signed };
  });
}
