// The device's quota shares as pull carries them (docs/sync-protocol.md §Pull): a newer set replaces the
// one held wholesale, inside the pull's one transaction (store-pull.ts), so a share HQ removed is gone too.
import type { PulledQuotaShares } from '../../core/sync/pull.ts';
import type { HornbillDb } from '../db/database.ts';

/** The version of the set held, which pull names to HQ (0: none yet). */
export async function heldQuotaSharesVersion(db: HornbillDb): Promise<number> {
  return (await db.quotaShareSet.get('device'))?.version ?? 0;
}

/** Replaces the set held by HQ's newer one; null (the device holds the newest) changes nothing. Call inside a transaction on both tables. */
export async function replaceQuotaShares(db: HornbillDb, pulled: PulledQuotaShares | null, wallNow: number): Promise<void> {
  if (pulled === null) return;
  await db.quotaShares.clear();
  await db.quotaShares.bulkPut(pulled.shares.map((share) => ({ ...share })));
  await db.quotaShareSet.put({ id: 'device', version: pulled.version, receivedAt: wallNow });
}
