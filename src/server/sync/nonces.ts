// Session nonces (docs/sync-protocol.md §Hello): 16 random bytes bound to one device, valid for
// NONCE_LIFETIME_MS at HQ's clock; a nonce authenticates every signed request of its session until then.
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import { toBase64 } from '../../core/crypto/base64.ts';
import { NONCE_LENGTH, NONCE_LIFETIME_MS } from '../../core/sync/limits.ts';
import type { Database } from '../store/database.ts';

export interface IssuedNonce {
  readonly nonce: Uint8Array;
  readonly expiresAt: Date;
}

/** Stores a fresh nonce for the device, and drops the expired ones of every device on the way. */
export async function issueNonce(db: Kysely<Database>, device: string, now: Date): Promise<IssuedNonce> {
  const nonce = new Uint8Array(randomBytes(NONCE_LENGTH));
  const expiresAt = new Date(now.getTime() + NONCE_LIFETIME_MS);
  await db.deleteFrom('sync_nonces').where('expires_at', '<=', now.toISOString()).execute();
  await db.insertInto('sync_nonces').values({ nonce: toBase64(nonce), device, expires_at: expiresAt.toISOString() }).execute();
  return { nonce, expiresAt };
}

/** Whether the nonce was issued to this device and has not expired at `now`. */
export async function isNonceValid(db: Kysely<Database>, device: string, nonce: Uint8Array, now: Date): Promise<boolean> {
  const row = await db.selectFrom('sync_nonces').select('nonce')
    .where('nonce', '=', toBase64(nonce)).where('device', '=', device).where('expires_at', '>', now.toISOString())
    .executeTakeFirst();
  return row !== undefined;
}
