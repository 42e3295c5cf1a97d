// The version of one device's set of quota shares: raised in the transaction of every change to it (a
// removal too), so that pull sends the set again exactly when the device's copy is out of date.
import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../store/database.ts';

/** Raises the device's version by one (the first change gives 1). */
export async function raiseQuotaShareVersion(trx: Transaction<Database>, device: string): Promise<void> {
  await trx.insertInto('quota_share_versions').values({ device, version: 1 })
    .onConflict((conflict) => conflict.column('device').doUpdateSet((eb) => ({ version: eb('quota_share_versions.version', '+', 1) })))
    .execute();
}

/** The device's version; 0 while HQ never gave it a share. */
export async function quotaShareVersion(db: Kysely<Database>, device: string): Promise<number> {
  const row = await db.selectFrom('quota_share_versions').select('version').where('device', '=', device).executeTakeFirst();
  return row?.version ?? 0;
}
