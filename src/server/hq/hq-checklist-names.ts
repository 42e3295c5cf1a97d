// The taxa HQ checks quota shares against and names them by: those of its newest published checklist
// (checklist_taxon_names, filled at publication), or the bundled demo checklist's before the first one.
import type { Kysely } from 'kysely';
import type { Taxon } from '../../core/species/taxon.ts';
import type { Database } from '../store/database.ts';
import { bundledChecklistLookup } from './quota-checklist.ts';

/** Rows per insert and ids per query: well under both engines' limits on bound parameters. */
const ROWS_PER_STATEMENT = 500;

/** Stores the ids and names of a publication's taxa; run in the transaction that publishes it. */
export async function storeTaxonNames(db: Kysely<Database>, number: number, taxa: readonly Taxon[]): Promise<void> {
  for (let start = 0; start < taxa.length; start += ROWS_PER_STATEMENT) {
    const rows = taxa.slice(start, start + ROWS_PER_STATEMENT).map((taxon) => ({ number, taxon_id: taxon.id, scientific_name: taxon.scientificName }));
    await db.insertInto('checklist_taxon_names').values(rows).execute();
  }
}

/** The scientific names of those of `ids` that HQ's checklist lists, by id. */
export async function taxonNamesAtHq(db: Kysely<Database>, ids: readonly number[]): Promise<ReadonlyMap<number, string>> {
  const newest = await db.selectFrom('checklist_versions').select('number').orderBy('number', 'desc').limit(1).executeTakeFirst();
  const wanted = [...new Set(ids)];
  if (newest === undefined) {
    return new Map(wanted.flatMap((id) => {
      const name = bundledChecklistLookup.byId(id)?.scientificName;
      return name === undefined ? [] : [[id, name] as const];
    }));
  }
  const names = new Map<number, string>();
  for (let start = 0; start < wanted.length; start += ROWS_PER_STATEMENT) {
    const rows = await db.selectFrom('checklist_taxon_names').select(['taxon_id', 'scientific_name'])
      .where('number', '=', newest.number).where('taxon_id', 'in', wanted.slice(start, start + ROWS_PER_STATEMENT)).execute();
    for (const row of rows) names.set(row.taxon_id, row.scientific_name);
  }
  return names;
}
