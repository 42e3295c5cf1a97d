import type { Kysely } from 'kysely';
import { fromHex } from '../../core/crypto/bytes.ts';
import type { Database } from '../store/database.ts';
import { identityError } from './identity-error.ts';
import type { RootSigner } from './root-signer.ts';
import { queueUserRemovedNotice } from './secretariat-notice.ts';
import { revokeLiveCertificates } from './revoke-live-certificates.ts';
import { publishTrustList } from './trust-publisher.ts';
import { findUserById } from './users.ts';
import type { User } from './user-record.ts';

export interface RemovedUser {
  readonly user: User;
  /** Hex kids revoked now. */
  readonly revokedKids: readonly string[];
  readonly trustListVersion: number;
  readonly noticeId: string;
}

/**
 * Removes a user, all or nothing: marks them removed (sign-in fails from now on), ends their sessions,
 * marks their devices revoked, revokes every key certificate of theirs at `now` (signatures made earlier
 * stay valid), publishes a new trust list version and queues a signed notice for the CITES Secretariat.
 */
export async function removeUser(db: Kysely<Database>, signer: RootSigner, userId: string, reason: string, now: Date): Promise<RemovedUser> {
  return db.transaction().execute(async (trx) => {
    const user = await findUserById(trx, userId);
    if (user === undefined) throw identityError('user_not_found', `no user with id ${userId}`);
    if (user.removedAt !== null) throw identityError('user_removed', `user '${user.username}' was removed already`);
    const at = now.toISOString();
    await trx.updateTable('users').set({ removed_at: at, removal_reason: reason }).where('id', '=', userId).execute();
    await trx.updateTable('sessions').set({ revoked_at: at }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
    await trx
      .updateTable('devices')
      .set({ revoked_at: at, revocation_reason: `user removed: ${reason}` })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .execute();
    const revokedKids = await revokeLiveCertificates(trx, { userId }, at, `user removed: ${reason}`);
    const published = await publishTrustList(trx, signer, now);
    const removed = { ...user, removedAt: at, removalReason: reason };
    const noticeId = await queueUserRemovedNotice(trx, signer, {
      user: removed,
      removedAt: now,
      reason,
      revokedKids: revokedKids.map(fromHex),
      trustListVersion: published.version,
    });
    return { user: removed, revokedKids, trustListVersion: published.version, noticeId };
  });
}
