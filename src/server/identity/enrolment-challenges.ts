// Single-use nonces for device enrolment (see core/trust/enrolment-proof.ts). A nonce belongs to the user
// who asked for it, lives five minutes, and is deleted by the enrolment that uses it: a replayed request
// finds no nonce. Deleting is the claim, so two requests racing with one nonce cannot both succeed.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { toBase64 } from '../../core/crypto/base64.ts';
import { ENROLMENT_NONCE_LENGTH } from '../../core/trust/enrolment-proof.ts';
import type { Database } from '../store/database.ts';

export const ENROLMENT_CHALLENGE_TTL_MS = 5 * 60_000;

export interface EnrolmentChallenge {
  readonly nonce: Uint8Array;
  readonly expiresAt: string;
}

export async function createEnrolmentChallenge(db: Kysely<Database>, userId: string, now: Date): Promise<EnrolmentChallenge> {
  // Expired nonces can never be used: drop them so the table stays small.
  await db.deleteFrom('enrolment_challenges').where('expires_at', '<=', now.toISOString()).execute();
  const nonce = new Uint8Array(randomBytes(ENROLMENT_NONCE_LENGTH));
  const expiresAt = new Date(now.getTime() + ENROLMENT_CHALLENGE_TTL_MS).toISOString();
  await db
    .insertInto('enrolment_challenges')
    .values({ nonce: toBase64(nonce), user_id: userId, created_at: now.toISOString(), expires_at: expiresAt })
    .execute();
  return { nonce, expiresAt };
}

/** Deletes the user's unexpired nonce and says whether there was one (false: unknown, used, expired or someone else's). */
export async function consumeEnrolmentChallenge(db: Kysely<Database>, userId: string, nonce: Uint8Array, now: Date): Promise<boolean> {
  const result = await db
    .deleteFrom('enrolment_challenges')
    .where('nonce', '=', toBase64(nonce))
    .where('user_id', '=', userId)
    .where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return result.numDeletedRows === 1n;
}
