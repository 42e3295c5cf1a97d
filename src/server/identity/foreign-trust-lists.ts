import type { Kysely } from 'kysely';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { bytesEqual } from '../../core/crypto/bytes.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';
import type { Database } from '../store/database.ts';

/** Why another Party's verified trust list may not be stored, or undefined when it may. */
export async function foreignTrustListProblem(db: Kysely<Database>, list: TrustList): Promise<string | undefined> {
  const own = await db.selectFrom('authority').select('party').executeTakeFirst();
  if (own?.party === list.party) return `this is a ${list.party} trust list, the Party of this HQ: it is published here, not imported`;
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
    return `the ${list.party} root key differs from the one imported before: a new root key needs confirming with that Party first`;
  }
  if (list.version <= previous.version) return `version ${list.version} is not newer than the stored version ${previous.version}`;
  return undefined;
}

export async function storeForeignTrustList(db: Kysely<Database>, list: TrustList, signed: Uint8Array, now: Date): Promise<void> {
  await db
    .insertInto('foreign_trust_lists')
    .values({ party: list.party, version: list.version, root_public_key: toBase64(list.rootPublicKey), signed: toBase64(signed), imported_at: now.toISOString() })
    .execute();
}
