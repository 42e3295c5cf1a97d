// The staging area of a checklist download (schema v9): the descriptor HQ announced in a pull and the pages
// received so far. A download is followed as long as HQ announces the same one, so a download cut at page k
// resumes at page k; any other announcement (or none: the device holds HQ's newest) drops the pages held.
import type { ChecklistDescriptor } from '../../core/sync/checklist.ts';
import { checklistDownloadRecordSchema, checklistPageRecordSchema, type ChecklistDownloadRecord, type ChecklistPageRecord } from '../checklist/checklist-records.ts';
import type { HornbillDb } from '../db/database.ts';

function sameDownload(a: ChecklistDescriptor, b: ChecklistDescriptor): boolean {
  return a.version === b.version && a.from === b.from && a.pages === b.pages;
}

/** The download under way, or undefined (none, or a row that does not validate). */
export async function stagedDownload(db: HornbillDb): Promise<ChecklistDownloadRecord | undefined> {
  const parsed = checklistDownloadRecordSchema.safeParse(await db.checklistDownload.get('device'));
  return parsed.success ? parsed.data : undefined;
}

/** Records what a pull said about HQ's checklist. Call inside a transaction over checklistDownload and checklistPages. */
export async function stageChecklistDownload(db: HornbillDb, announced: ChecklistDescriptor | null): Promise<void> {
  const staged = await stagedDownload(db);
  if (announced !== null && staged !== undefined && sameDownload(staged, announced)) return;
  await db.checklistPages.clear();
  if (announced === null) await db.checklistDownload.clear();
  else await db.checklistDownload.put({ ...announced, id: 'device' });
}

/** Drops the download under way and its pages. */
export function dropChecklistDownload(db: HornbillDb): Promise<void> {
  return db.transaction('rw', [db.checklistDownload, db.checklistPages], async () => {
    await db.checklistDownload.clear();
    await db.checklistPages.clear();
  });
}

/** The page numbers held of the download under way. */
export async function stagedPageNumbers(db: HornbillDb): Promise<Set<number>> {
  return new Set((await db.checklistPages.toCollection().primaryKeys()));
}

/** Stores a received page, unless the download it belongs to was replaced meanwhile; one transaction. */
export function stageChecklistPage(db: HornbillDb, download: ChecklistDescriptor, page: ChecklistPageRecord): Promise<void> {
  return db.transaction('rw', [db.checklistDownload, db.checklistPages], async () => {
    const staged = await stagedDownload(db);
    if (staged !== undefined && sameDownload(staged, download)) await db.checklistPages.put(page);
  });
}

/** Every page held, in page order, each checked against the schema. */
export async function stagedPages(db: HornbillDb): Promise<ChecklistPageRecord[]> {
  return (await db.checklistPages.orderBy('page').toArray()).map((page) => checklistPageRecordSchema.parse(page));
}
