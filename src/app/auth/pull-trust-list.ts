// Pulls the own Party's trust list from HQ (on start and when the browser comes online). A list is stored
// only if it verifies under the root key held since enrolment and is newer than the one held: a tampered,
// foreign-rooted or older list is refused with the reason and changes nothing.
import { parseBase64 } from '../../core/crypto/base64.ts';
import { bytesEqual } from '../../core/crypto/bytes.ts';
import { verifyTrustList } from '../../core/trust/verify-trust-list.ts';
import type { HornbillDb } from '../db/database.ts';
import type { AccountRecord } from './account-record.ts';
import type { Fetch } from './hq-api.ts';
import { latestTrustList, trustListRow } from './trust-lists.ts';

export type TrustListPull =
  | { readonly kind: 'stored'; readonly version: number }
  | { readonly kind: 'unchanged'; readonly version: number }
  | { readonly kind: 'refused'; readonly reason: string }
  | { readonly kind: 'failed'; readonly reason: string };

export async function pullTrustList(
  fetchFn: Fetch,
  db: HornbillDb,
  account: Pick<AccountRecord, 'party' | 'rootPublicKey'>,
  now: Date,
): Promise<TrustListPull> {
  const held = await latestTrustList(db, account.party);
  let response: Response;
  try {
    const headers: Record<string, string> = held?.etag ? { 'if-none-match': held.etag } : {};
    response = await fetchFn('/api/v1/trust-list', { cache: 'no-store', headers });
  } catch (error) {
    return { kind: 'failed', reason: error instanceof Error ? error.message : 'HQ cannot be reached' };
  }
  if (response.status === 304 && held !== undefined) {
    await db.trustLists.update([held.party, held.version], { checkedAt: now.toISOString() });
    return { kind: 'unchanged', version: held.version };
  }
  if (!response.ok) return { kind: 'failed', reason: `HQ answered ${response.status}` };
  const bytes = new Uint8Array(await response.arrayBuffer());
  const rootKey = parseBase64(account.rootPublicKey);
  if (rootKey === undefined) return { kind: 'refused', reason: 'the root key held on this device is unreadable' };
  const verified = await verifyTrustList(bytes, rootKey);
  if (!verified.ok) return { kind: 'refused', reason: verified.reason };
  const list = verified.value;
  if (list.party !== account.party) return { kind: 'refused', reason: `the list is Party ${list.party}'s, not ${account.party}'s` };
  if (held !== undefined && list.version < held.version) {
    return { kind: 'refused', reason: `downgrade: version ${list.version} is older than version ${held.version} held` };
  }
  if (held !== undefined && list.version === held.version) {
    if (!bytesEqual(parseBase64(held.signed) ?? new Uint8Array(0), bytes)) {
      return { kind: 'refused', reason: `version ${list.version} differs from the version ${held.version} held` };
    }
    await db.trustLists.update([held.party, held.version], { checkedAt: now.toISOString(), etag: response.headers.get('etag') });
    return { kind: 'unchanged', version: list.version };
  }
  await db.trustLists.put(trustListRow(list, bytes, response.headers.get('etag'), now));
  return { kind: 'stored', version: list.version };
}
