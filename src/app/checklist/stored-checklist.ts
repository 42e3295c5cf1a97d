// The checklist this device holds: the one last pulled from HQ when there is one, else the bundled demo
// checklist (its own chunk, hashed once per page for its version). Replacing it is one transaction: the
// taxa, the row naming them and the end of the download that brought them, all or nothing.
import { z } from 'zod';
import { checklistVersionInSlices, makeChecklist, type Checklist } from '../../core/species/checklist-version.ts';
import { taxonSchema, type Taxon } from '../../core/species/taxon.ts';
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

/** The held checklist's taxa and the version recorded for them, schema-checked but not hashed (see checkStoredChecklist). */
export interface HeldTaxa {
  readonly version: string;
  readonly taxa: readonly Taxon[];
  readonly source: 'stored' | 'bundled';
}

/**
 * The held checklist's taxa for the screens, without hashing them: the full Species+ checklist takes seconds
 * to hash on a tablet, and its hash was checked when it was stored. The caller checks it afterwards
 * (checkStoredChecklist); unreadable or incomplete stored taxa give the bundled checklist at once.
 */
export async function readHeldTaxa(db: HornbillDb): Promise<HeldTaxa> {
  const held = await heldRecord(db);
  if (held !== undefined) {
    const taxa = storedTaxaSchema.safeParse(await db.checklistTaxa.toArray());
    if (taxa.success && taxa.data.length === held.taxa) return { version: held.version, taxa: taxa.data, source: 'stored' };
  }
  const { version, taxa } = await bundledChecklist();
  return { version, taxa, source: 'bundled' };
}

/**
 * Whether stored taxa still hash to the version recorded for them, hashed in slices with `pause()` between
 * them so the page stays responsive. A store damaged since is dropped, so the
 * bundled checklist is held again and the next sync downloads HQ's in full; a checklist stored meanwhile
 * (another version) is left alone.
 */
export async function checkStoredChecklist(db: HornbillDb, held: HeldTaxa, pause: () => Promise<void>): Promise<boolean> {
  if (held.source === 'bundled' || (await checklistVersionInSlices(held.taxa, pause)) === held.version) return true;
  await db.transaction('rw', [db.checklistTaxa, db.checklistHeld], async () => {
    if ((await heldRecord(db))?.version !== held.version) return;
    await db.checklistHeld.clear();
    await db.checklistTaxa.clear();
  });
  return false;
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
