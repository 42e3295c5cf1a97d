// Published checklists at HQ (0006_checklists.ts): publish a version when its content differs from the
// newest, list them, and read one back whole. Reading checks the taxa against the schema and their hash
// against the stored version, so a damaged row is an error here rather than a wrong checklist on devices.
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { makeChecklist, type Checklist } from '../../core/species/checklist-version.ts';
import { taxonSchema } from '../../core/species/taxon.ts';
import type { Database } from '../store/database.ts';
import { retryOnConflict } from '../store/retry-on-conflict.ts';

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

const storedTaxaSchema = z.array(taxonSchema);

/** A published checklist without its taxa. */
export interface ChecklistVersionInfo {
  readonly number: number;
  readonly version: string;
  readonly publishedAt: Date;
  readonly taxa: number;
}

export type PublishOutcome =
  | { readonly published: true; readonly info: ChecklistVersionInfo }
  | { readonly published: false; readonly newest: ChecklistVersionInfo };

function infoOf(row: { number: number; version: string; published_at: string; taxa_count: number }): ChecklistVersionInfo {
  return { number: row.number, version: row.version, publishedAt: new Date(row.published_at), taxa: row.taxa_count };
}

/** HQ's newest published checklist, or undefined before the first publication. */
export async function newestChecklistInfo(db: Kysely<Database>): Promise<ChecklistVersionInfo | undefined> {
  const row = await db.selectFrom('checklist_versions').select(['number', 'version', 'published_at', 'taxa_count'])
    .orderBy('number', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? undefined : infoOf(row);
}

/** Every publication, newest first. */
export async function listChecklistVersions(db: Kysely<Database>): Promise<ChecklistVersionInfo[]> {
  const rows = await db.selectFrom('checklist_versions').select(['number', 'version', 'published_at', 'taxa_count'])
    .orderBy('number', 'desc').execute();
  return rows.map(infoOf);
}

/**
 * Publishes `checklist` as the newest version unless the newest already has its content. Two publishers at
 * once both pick the next number; the loser's transaction hits the primary key and runs again.
 */
export async function publishChecklist(db: Kysely<Database>, checklist: Checklist, now: Date): Promise<PublishOutcome> {
  const taxa = toBase64(new Uint8Array(await gzipAsync(JSON.stringify(checklist.taxa))));
  return retryOnConflict(() => db.transaction().execute(async (trx) => {
    const newest = await newestChecklistInfo(trx);
    if (newest?.version === checklist.version) return { published: false, newest };
    const row = { number: (newest?.number ?? 0) + 1, version: checklist.version, published_at: now.toISOString(), taxa_count: checklist.taxa.length, taxa };
    await trx.insertInto('checklist_versions').values(row).execute();
    return { published: true, info: infoOf(row) };
  }));
}

/** The published checklist with this version, or undefined when HQ never published it. */
export async function readPublishedChecklist(db: Kysely<Database>, version: string): Promise<Checklist | undefined> {
  const row = await db.selectFrom('checklist_versions').select(['number', 'taxa'])
    .where('version', '=', version).orderBy('number', 'desc').limit(1).executeTakeFirst();
  if (row === undefined) return undefined;
  const gzipped = parseBase64(row.taxa);
  if (gzipped === undefined) throw new Error(`stored checklist ${row.number} is not base64`);
  const taxa = storedTaxaSchema.parse(JSON.parse((await gunzipAsync(gzipped)).toString('utf8')));
  const checklist = await makeChecklist(taxa);
  if (checklist.version !== version) throw new Error(`stored checklist ${row.number} hashes to ${checklist.version}, not ${version}`);
  return checklist;
}
