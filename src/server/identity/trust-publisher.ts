import type { Kysely } from 'kysely';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { fromHex, toHex } from '../../core/crypto/bytes.ts';
import { sha256 } from '../../core/crypto/sha256.ts';
import { signTrustList } from '../../core/trust/trust-list.ts';
import type { Database } from '../store/database.ts';
import type { RootSigner } from './root-signer.ts';

export interface PublishedTrustList {
  readonly version: number;
  readonly issuedAt: string;
  readonly signed: Uint8Array;
  /** SHA-256 of the signed bytes, hex: the HTTP ETag. */
  readonly sha256: string;
}

function decodeStoredBytes(text: string, what: string): Uint8Array {
  const bytes = parseBase64(text);
  if (bytes === undefined) throw new Error(`stored ${what} is not base64`);
  return bytes;
}

/**
 * Signs and appends the next trust list version: every certificate and every revocation stored now. Run it
 * inside the transaction that changed them. Two concurrent publishers collide on the version key and one
 * transaction fails, never two lists under one number.
 */
export async function publishTrustList(db: Kysely<Database>, signer: RootSigner, now: Date): Promise<PublishedTrustList> {
  const latest = await db.selectFrom('trust_list_versions').select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
  const version = Number(latest?.version ?? 0) + 1;
  const certificates = await db.selectFrom('key_certificates').select('signed').orderBy('kid').execute();
  const revocations = await db.selectFrom('revocations').selectAll().orderBy('kid').execute();
  const signed = await signTrustList(signer.seed, {
    party: signer.party,
    version,
    issuedAt: now.getTime(),
    certificates: certificates.map((row) => ({ signed: decodeStoredBytes(row.signed, 'certificate') })),
    revocations: revocations.map((row) => ({ kid: fromHex(row.kid), revokedAt: Date.parse(row.revoked_at), reason: row.reason })),
  });
  const published = { version, issuedAt: now.toISOString(), signed, sha256: toHex(sha256(signed)) };
  await db
    .insertInto('trust_list_versions')
    .values({ version, issued_at: published.issuedAt, signed: toBase64(signed), sha256: published.sha256 })
    .execute();
  return published;
}

export function latestTrustList(db: Kysely<Database>): Promise<PublishedTrustList | undefined> {
  return trustListNewerThan(db, 0);
}

/** The newest trust list when its version is above `heldVersion`; undefined (and nothing read) when it is not. */
export async function trustListNewerThan(db: Kysely<Database>, heldVersion: number): Promise<PublishedTrustList | undefined> {
  const row = await db.selectFrom('trust_list_versions').selectAll().where('version', '>', heldVersion).orderBy('version', 'desc').limit(1).executeTakeFirst();
  if (row === undefined) return undefined;
  return { version: row.version, issuedAt: row.issued_at, signed: decodeStoredBytes(row.signed, 'trust list'), sha256: row.sha256 };
}
