import { toBase64 } from '../../core/crypto/base64.ts';
import type { HornbillDb } from '../db/database.ts';
import { trustListRecordSchema, type TrustListRecord } from '../db/trust-list-record.ts';

/** The row for a list that has been verified (verifyTrustList) — never call it with unverified bytes. */
export function trustListRow(
  verified: { party: string; version: number; issuedAt: number },
  signed: Uint8Array,
  etag: string | null,
  now: Date,
): TrustListRecord {
  return { party: verified.party, version: verified.version, issuedAt: verified.issuedAt, signed: toBase64(signed), etag, checkedAt: now.toISOString() };
}

/** The newest list held for a Party, or undefined. */
export async function latestTrustList(db: HornbillDb, party: string): Promise<TrustListRecord | undefined> {
  const row = await db.trustLists.where('[party+version]').between([party, 0], [party, Number.MAX_SAFE_INTEGER], true, true).last();
  const parsed = trustListRecordSchema.safeParse(row);
  return parsed.success ? parsed.data : undefined;
}

/** The newest list of every Party held, own and foreign, by Party. */
export async function newestTrustLists(db: HornbillDb): Promise<TrustListRecord[]> {
  const newest = new Map<string, TrustListRecord>();
  for (const row of await db.trustLists.toArray()) {
    const parsed = trustListRecordSchema.safeParse(row);
    if (!parsed.success) continue;
    const held = newest.get(parsed.data.party);
    if (held === undefined || held.version < parsed.data.version) newest.set(parsed.data.party, parsed.data);
  }
  return [...newest.values()].sort((a, b) => a.party.localeCompare(b.party));
}
