// Quota shares at HQ (DESIGN §3, box 11a): list them, set one (per device, taxon and year: setting again
// replaces it), remove one. Every change raises the device's version in the same transaction, so a change
// is either whole, version included, or not made at all.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database, QuotaSharesTable } from '../store/database.ts';
import type { QuotaShareInput } from './quota-share-input.ts';
import { taxonNamesAtHq } from './hq-checklist-names.ts';
import { raiseQuotaShareVersion } from './quota-share-version.ts';

export interface HqQuotaShare {
  readonly id: string;
  readonly device: string;
  readonly taxonId: number;
  /** The checklist's name for the taxon; null if the checklist no longer lists it. */
  readonly scientificName: string | null;
  readonly year: number;
  readonly amount: number;
  readonly unit: string | null;
  readonly setAt: string;
  readonly setBy: { readonly id: string; readonly displayName: string | null };
}

export type SetQuotaShareResult =
  | { readonly ok: true; readonly share: HqQuotaShare }
  | { readonly ok: false; readonly code: 'unknown_device' | 'unknown_taxon'; readonly message: string };

type ShareRow = QuotaSharesTable & { display_name: string | null };

function shareOf(row: ShareRow, names: ReadonlyMap<number, string>): HqQuotaShare {
  return {
    id: row.id,
    device: row.device,
    taxonId: row.taxon_id,
    scientificName: names.get(row.taxon_id) ?? null,
    year: row.year,
    amount: Number(row.amount),
    unit: row.unit,
    setAt: row.set_at,
    setBy: { id: row.set_by, displayName: row.display_name },
  };
}

function sharesQuery(db: Kysely<Database>) {
  return db.selectFrom('quota_shares').leftJoin('users', 'users.id', 'quota_shares.set_by').selectAll('quota_shares').select('users.display_name');
}

/** Every share, by device, then year (newest first), then taxon. */
export async function listQuotaShares(db: Kysely<Database>): Promise<HqQuotaShare[]> {
  const rows = await sharesQuery(db).orderBy('quota_shares.device').orderBy('quota_shares.year', 'desc').orderBy('quota_shares.taxon_id').execute();
  const names = await taxonNamesAtHq(db, rows.map((row) => row.taxon_id));
  return rows.map((row) => shareOf(row, names));
}

/** Sets the device's share of the taxon's quota for the year, replacing the one it held. */
export async function setQuotaShare(db: Kysely<Database>, input: QuotaShareInput, adminId: string, now: Date): Promise<SetQuotaShareResult> {
  const names = await taxonNamesAtHq(db, [input.taxonId]);
  if (!names.has(input.taxonId)) {
    return { ok: false, code: 'unknown_taxon', message: `the checklist lists no taxon with id ${input.taxonId}` };
  }
  const id = await db.transaction().execute(async (trx) => {
    const device = await trx.selectFrom('devices').select('code').where('code', '=', input.device).executeTakeFirst();
    if (device === undefined) return undefined;
    const values = { amount: String(input.amount), unit: input.unit, set_at: now.toISOString(), set_by: adminId };
    // One statement, so that two admins setting the same share at once cannot both insert it.
    const row = await trx.insertInto('quota_shares')
      .values({ id: randomUUID(), device: input.device, taxon_id: input.taxonId, year: input.year, ...values })
      .onConflict((conflict) => conflict.columns(['device', 'taxon_id', 'year']).doUpdateSet(values))
      .returning('id').executeTakeFirstOrThrow();
    await raiseQuotaShareVersion(trx, input.device);
    return row.id;
  });
  if (id === undefined) return { ok: false, code: 'unknown_device', message: `no device is enrolled with code ${input.device}` };
  return { ok: true, share: shareOf(await sharesQuery(db).where('quota_shares.id', '=', id).executeTakeFirstOrThrow(), names) };
}

/** Removes a share; false when there is none with this id. */
export async function removeQuotaShare(db: Kysely<Database>, id: string): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const held = await trx.selectFrom('quota_shares').select('device').where('id', '=', id).executeTakeFirst();
    if (held === undefined) return false;
    await trx.deleteFrom('quota_shares').where('id', '=', id).execute();
    await raiseQuotaShareVersion(trx, held.device);
    return true;
  });
}
