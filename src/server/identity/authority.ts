import type { Kysely } from 'kysely';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { ed25519PublicKey, generateEd25519Seed } from '../../core/crypto/ed25519.ts';
import { rootKeyFingerprint } from '../../core/trust/fingerprint.ts';
import { partySchema } from '../../core/trust/schemas.ts';
import type { Database } from '../store/database.ts';
import { identityError } from './identity-error.ts';
import { isCommonPassword, MIN_PASSWORD_LENGTH } from './password-policy.ts';
import { openRootKey, sealRootKey } from './root-key-cipher.ts';
import type { RootSigner } from './root-signer.ts';
import { publishTrustList } from './trust-publisher.ts';
import { addUser, type AddedUser } from './users.ts';

export interface Authority {
  readonly party: string;
  readonly name: string;
  readonly rootPublicKey: Uint8Array;
  readonly createdAt: string;
}

export const FIRST_ADMIN_USERNAME = 'admin';

export async function findAuthority(db: Kysely<Database>): Promise<(Authority & { readonly sealedRootKey: string }) | undefined> {
  const row = await db.selectFrom('authority').selectAll().executeTakeFirst();
  if (row === undefined) return undefined;
  const rootPublicKey = parseBase64(row.root_public_key);
  if (rootPublicKey === undefined) throw new Error('the stored root public key is not base64');
  return { party: row.party, name: row.name, rootPublicKey, createdAt: row.created_at, sealedRootKey: row.root_key_sealed };
}

export interface AuthorityInit {
  readonly party: string;
  readonly name: string;
  readonly passphrase: string;
  /** scrypt cost as log2 N; tests lower it, production keeps the default. */
  readonly rootKeyLogN?: number | undefined;
  readonly passwordIterations?: number | undefined;
}

export interface InitialisedAuthority {
  readonly authority: Authority;
  readonly fingerprint: string;
  readonly admin: AddedUser;
}

/**
 * Creates the root key (sealed under the passphrase), the first admin with a one-time password, and trust
 * list version 1, in one transaction. Refuses when an authority exists already.
 */
export async function initAuthority(db: Kysely<Database>, init: AuthorityInit, now: Date): Promise<InitialisedAuthority> {
  const party = partySchema.safeParse(init.party);
  if (!party.success) throw identityError('invalid_party', `party: ${party.error.issues[0]?.message ?? 'invalid'}`);
  if ([...init.passphrase].length < MIN_PASSWORD_LENGTH || isCommonPassword(init.passphrase)) {
    throw identityError('weak_password', `the root key passphrase must have at least ${MIN_PASSWORD_LENGTH} characters and not be a common password`);
  }
  await assertNoAuthority(db);
  const seed = generateEd25519Seed();
  const rootPublicKey = await ed25519PublicKey(seed);
  const sealed = await sealRootKey(seed, init.passphrase, party.data, init.rootKeyLogN);
  const authority: Authority = { party: party.data, name: init.name, rootPublicKey, createdAt: now.toISOString() };
  const admin = await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('authority')
      .values({ party: party.data, name: init.name, root_public_key: toBase64(rootPublicKey), root_key_sealed: sealed, created_at: authority.createdAt })
      .execute();
    const added = await addUser(trx, { username: FIRST_ADMIN_USERNAME, displayName: 'Administrator', roles: ['admin'] }, now, init.passwordIterations);
    await publishTrustList(trx, { party: party.data, seed }, now);
    return added;
  });
  return { authority, fingerprint: rootKeyFingerprint(rootPublicKey), admin };
}

export async function assertNoAuthority(db: Kysely<Database>): Promise<void> {
  if ((await findAuthority(db)) !== undefined) throw identityError('authority_exists', 'this HQ already has an authority: init runs only once');
}

/** Opens the sealed root key with the passphrase. */
export async function unlockRootKey(db: Kysely<Database>, passphrase: string): Promise<RootSigner> {
  const authority = await findAuthority(db);
  if (authority === undefined) throw identityError('no_authority', "no authority yet: run 'hornbill authority init' first");
  const seed = await openRootKey(authority.sealedRootKey, passphrase, authority.party);
  if (seed === undefined) throw identityError('wrong_passphrase', 'the root key passphrase is wrong (or the stored key was altered)');
  return { party: authority.party, seed };
}
