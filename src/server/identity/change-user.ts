import type { Kysely } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { openCoseDocument } from '../../core/trust/cose-document.ts';
import { certificateBodySchema } from '../../core/trust/schemas.ts';
import type { Database } from '../store/database.ts';
import { retryOnConflict } from '../store/retry-on-conflict.ts';
import { identityError } from './identity-error.ts';
import type { RootSigner } from './root-signer.ts';
import { publishTrustList } from './trust-publisher.ts';
import type { User } from './user-record.ts';
import { updateUser, type UserChanges } from './users.ts';

export interface ChangedUser {
  readonly user: User;
  /** Hex kids revoked because their role was withdrawn. */
  readonly revokedKids: readonly string[];
}

/**
 * Changes a user, all or nothing. Withdrawing a role revokes, from `now`, the user's unrevoked device
 * certificates for that role and publishes a new trust list, so a tablet cannot keep signing as an approver
 * after the approver role is gone. That needs the root key: without it such a change is refused (503).
 */
export async function changeUser(db: Kysely<Database>, signer: RootSigner | undefined, userId: string, changes: UserChanges, now: Date): Promise<ChangedUser> {
  return retryOnConflict(() =>
    db.transaction().execute(async (trx) => {
      const user = await updateUser(trx, userId, changes);
      const withdrawn = await liveCertificatesOutsideRoles(trx, user);
      if (withdrawn.length === 0) return { user, revokedKids: [] };
      if (signer === undefined) {
        throw identityError('root_key_locked', 'withdrawing a role revokes device keys, which needs the root key (set HORNBILL_ROOT_PASSPHRASE)');
      }
      const at = now.toISOString();
      await trx
        .insertInto('revocations')
        .values(withdrawn.map(({ kid, role }) => ({ kid, revoked_at: at, reason: `role withdrawn: ${role}` })))
        .execute();
      await publishTrustList(trx, signer, now);
      return { user, revokedKids: withdrawn.map(({ kid }) => kid) };
    }),
  );
}

/** The user's unrevoked certificates whose role the user no longer holds (the role is read from the signed body). */
async function liveCertificatesOutsideRoles(db: Kysely<Database>, user: User): Promise<{ kid: string; role: string }[]> {
  const live = await db
    .selectFrom('key_certificates')
    .leftJoin('revocations', 'revocations.kid', 'key_certificates.kid')
    .select(['key_certificates.kid', 'key_certificates.signed'])
    .where('key_certificates.user_id', '=', user.id)
    .where('revocations.kid', 'is', null)
    .orderBy('key_certificates.kid')
    .execute();
  return live.flatMap(({ kid, signed }) => {
    const opened = openCoseDocument(parseBase64(signed) ?? new Uint8Array(), 'key certificate');
    const body = opened.ok ? certificateBodySchema.safeParse(opened.value.payload) : undefined;
    if (body?.success !== true) throw new Error(`stored certificate ${kid} does not open`);
    return user.roles.includes(body.data.role) ? [] : [{ kid, role: body.data.role }];
  });
}
