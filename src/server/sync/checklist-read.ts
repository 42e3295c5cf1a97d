// A published checklist read back whole (0006_checklists.ts), to diff it when a later version is published.
// Reading checks the taxa against the schema and their hash against the stored version, so a damaged row is
// an error here rather than a wrong checklist on devices.
import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import type { Kysely } from 'kysely';
import { z } from 'zod';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { makeChecklist, type Checklist } from '../../core/species/checklist-version.ts';
import { taxonSchema } from '../../core/species/taxon.ts';
import type { Database } from '../store/database.ts';

const gunzipAsync = promisify(gunzip);

const storedTaxaSchema = z.array(taxonSchema);

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
