// The checklist this device holds: the one last pulled from HQ when there is one, else the bundled demo
// checklist (its own chunk, hashed once per page for its version). Replacing it is one transaction: the
// taxa, the row naming them and the end of the download that brought them, all or nothing.
import { z } from 'zod';
import { makeChecklist, type Checklist } from '../../core/species/checklist-version.ts';
import { taxonSchema } from '../../core/species/taxon.ts';
import type { HornbillDb } from '../db/database.ts';
import { heldChecklistRecordSchema } from './checklist-records.ts';

export interface HeldChecklist {
  readonly checklist: Checklist;
  /** 'stored': pulled from HQ; 'bundled': the demo checklist shipped with the app. */
  readonly source: 'stored' | 'bundled';
  /** When HQ published the stored checklist (ms); null for the bundled one. */
  readonly publishedAt: number | null;
}

/** What the sync screen shows about the held checklist, without reading its taxa. */
export interface HeldChecklistInfo {
  readonly version: string;
  readonly source: 'stored' | 'bundled';
  readonly publishedAt: number | null;
  readonly taxa: number;
}

const storedTaxaSchema = z.array(taxonSchema);

let bundled: Promise<Checklist> | null = null;

/** The bundled demo checklist with its version, made once per page. */
export function bundledChecklist(): Promise<Checklist> {
  bundled ??= import('../../core/species/data/demo-checklist.ts')
    .then(({ demoChecklistTaxa }) => makeChecklist(demoChecklistTaxa))
    .catch((error: unknown) => {
      bundled = null; // let the next attempt try again
      throw error;
    });
  return bundled;
}

/** The row naming the stored checklist, or undefined (none stored, or a row that does not validate). */
async function heldRecord(db: HornbillDb) {
  const parsed = heldChecklistRecordSchema.safeParse(await db.checklistHeld.get('device'));
  return parsed.success ? parsed.data : undefined;
}

export async function heldChecklistInfo(db: HornbillDb): Promise<HeldChecklistInfo> {
  const held = await heldRecord(db);
  if (held !== undefined) return { version: held.version, source: 'stored', publishedAt: held.publishedAt, taxa: held.taxa };
  const { version, taxa } = await bundledChecklist();
  return { version, source: 'bundled', publishedAt: null, taxa: taxa.length };
}

/** The version a pull names to HQ. */
export async function heldChecklistVersion(db: HornbillDb): Promise<string> {
  return (await heldChecklistInfo(db)).version;
}

/**
 * The held checklist with its taxa. Stored taxa are checked against the schema and their version, so a
 * damaged store falls back to the bundled checklist (and the next sync downloads HQ's in full) rather
 * than feeding the rules a wrong checklist.
 */
export async function readHeldChecklist(db: HornbillDb): Promise<HeldChecklist> {
  const held = await heldRecord(db);
  if (held !== undefined) {
    const taxa = storedTaxaSchema.safeParse(await db.checklistTaxa.toArray());
    const checklist = taxa.success ? await makeChecklist(taxa.data) : undefined;
    if (checklist?.version === held.version) return { checklist, source: 'stored', publishedAt: held.publishedAt };
  }
  return { checklist: await bundledChecklist(), source: 'bundled', publishedAt: null };
}

/** Replaces the held checklist and ends the download, in one transaction. */
export function storeChecklist(db: HornbillDb, checklist: Checklist, publishedAt: number, storedAt: number): Promise<void> {
  return db.transaction('rw', [db.checklistTaxa, db.checklistHeld, db.checklistDownload, db.checklistPages], async () => {
    await db.checklistTaxa.clear();
    await db.checklistTaxa.bulkAdd([...checklist.taxa]);
    await db.checklistHeld.put({ id: 'device', version: checklist.version, taxa: checklist.taxa.length, publishedAt, storedAt });
    await db.checklistDownload.clear();
    await db.checklistPages.clear();
  });
}
