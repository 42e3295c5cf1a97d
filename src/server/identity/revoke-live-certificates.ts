import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/database.ts';

/** Whose certificates: a user's (removed) or a device's (reported lost). */
export type CertificateHolder = { userId: string } | { deviceCode: string };

/** The kids of the holder's certificates that are not revoked yet, in a stable order. */
export async function liveCertificateKids(db: Kysely<Database>, holder: CertificateHolder): Promise<string[]> {
  const query = db
    .selectFrom('key_certificates')
    .leftJoin('revocations', 'revocations.kid', 'key_certificates.kid')
    .select('key_certificates.kid')
    .where('revocations.kid', 'is', null)
    .orderBy('key_certificates.kid');
  const rows = await ('userId' in holder
    ? query.where('key_certificates.user_id', '=', holder.userId)
    : query.where('key_certificates.device', '=', holder.deviceCode)
  ).execute();
  return rows.map((row) => row.kid);
}

/** Revokes every live certificate of the holder at `at`, inside the caller's transaction; returns their kids. */
export async function revokeLiveCertificates(
  trx: Transaction<Database>,
  holder: CertificateHolder,
  at: string,
  reason: string,
): Promise<string[]> {
  const kids = await liveCertificateKids(trx, holder);
  if (kids.length > 0) {
    await trx
      .insertInto('revocations')
      .values(kids.map((kid) => ({ kid, revoked_at: at, reason })))
      .execute();
  }
  return kids;
}
