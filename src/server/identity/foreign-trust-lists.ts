import type { Kysely } from 'kysely';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { bytesEqual } from '../../core/crypto/bytes.ts';
import { rootKeyFingerprint } from '../../core/trust/fingerprint.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';
import type { Database } from '../store/database.ts';

export type ForeignTrustListProblemCode = 'own_party_trust_list' | 'foreign_root_key_changed' | 'trust_list_not_newer';

/** Why a list may not be stored: a code for the API (and the app's translations), a message for people. */
export interface ForeignTrustListProblem {
  readonly code: ForeignTrustListProblemCode;
  readonly message: string;
}

/** Why another Party's verified trust list may not be stored, or undefined when it may. */
export async function foreignTrustListProblem(db: Kysely<Database>, list: TrustList): Promise<ForeignTrustListProblem | undefined> {
  const own = await db.selectFrom('authority').select('party').executeTakeFirst();
  if (own?.party === list.party) {
    return { code: 'own_party_trust_list', message: `this is a ${list.party} trust list, the Party of this HQ: it is published here, not imported` };
  }
  const previous = await db
    .selectFrom('foreign_trust_lists')
    .select(['version', 'root_public_key'])
    .where('party', '=', list.party)
    .orderBy('version', 'desc')
    .limit(1)
    .executeTakeFirst();
  if (previous === undefined) return undefined;
  const previousKey = parseBase64(previous.root_public_key);
  if (previousKey === undefined || !bytesEqual(previousKey, list.rootPublicKey)) {
    return {
      code: 'foreign_root_key_changed',
      message: `the ${list.party} root key differs from the one imported before: a new root key needs confirming with that Party first`,
    };
  }
  if (list.version <= previous.version) {
    return { code: 'trust_list_not_newer', message: `version ${list.version} is not newer than the stored version ${previous.version}` };
  }
  return undefined;
}

export async function storeForeignTrustList(db: Kysely<Database>, list: TrustList, signed: Uint8Array, now: Date): Promise<void> {
  await db
    .insertInto('foreign_trust_lists')
    .values({ party: list.party, version: list.version, root_public_key: toBase64(list.rootPublicKey), signed: toBase64(signed), imported_at: now.toISOString() })
    .execute();
}

/** A stored foreign trust list as the admin screens show it. */
export interface StoredForeignTrustList {
  readonly party: string;
  readonly version: number;
  readonly rootKeyFingerprint: string;
  readonly importedAt: string;
}

export async function listForeignTrustLists(db: Kysely<Database>): Promise<StoredForeignTrustList[]> {
  const rows = await db.selectFrom('foreign_trust_lists').select(['party', 'version', 'root_public_key', 'imported_at']).orderBy('party').orderBy('version', 'desc').execute();
  return rows.map((row) => {
    const rootPublicKey = parseBase64(row.root_public_key);
    if (rootPublicKey === undefined) throw new Error(`stored ${row.party} root key is not base64`);
    return { party: row.party, version: row.version, rootKeyFingerprint: rootKeyFingerprint(rootPublicKey), importedAt: row.imported_at };
  });
}
