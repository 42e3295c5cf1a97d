import { liveQuery } from 'dexie';
import { useEffect, useState } from 'react';
import type { HornbillDb } from '../db/database.ts';
import { stagedDownload } from '../sync/checklist-staging.ts';
import { heldChecklistRecordSchema } from './checklist-records.ts';
import { bundledChecklist, type HeldChecklistInfo } from './stored-checklist.ts';

export interface ChecklistState {
  /** The checklist held; null while the bundled one is still being read. */
  readonly held: HeldChecklistInfo | null;
  /** The update under way: pages received of the total; null when there is none. */
  readonly download: { readonly page: number; readonly pages: number } | null;
}

interface StoredRows {
  readonly stored: HeldChecklistInfo | null;
  readonly download: ChecklistState['download'];
}

/** Database reads only, so that liveQuery follows them. */
async function readStoredRows(db: HornbillDb): Promise<StoredRows> {
  const held = heldChecklistRecordSchema.safeParse(await db.checklistHeld.get('device'));
  const download = await stagedDownload(db);
  return {
    stored: held.success ? { version: held.data.version, source: 'stored', publishedAt: held.data.publishedAt, taxa: held.data.taxa } : null,
    download: download === undefined ? null : { page: await db.checklistPages.count(), pages: download.pages },
  };
}

/** The held checklist and the update under way, following the database live (pages as they arrive). */
export function useChecklistState(db: HornbillDb): ChecklistState {
  const [rows, setRows] = useState<StoredRows>({ stored: null, download: null });
  const [bundled, setBundled] = useState<HeldChecklistInfo | null>(null);
  useEffect(() => {
    const subscription = liveQuery(() => readStoredRows(db)).subscribe({ next: setRows, error: () => setRows({ stored: null, download: null }) });
    return () => subscription.unsubscribe();
  }, [db]);
  useEffect(() => {
    let live = true;
    bundledChecklist().then(
      ({ version, taxa }) => live && setBundled({ version, source: 'bundled', publishedAt: null, taxa: taxa.length }),
      () => undefined, // the screen then shows no version rather than failing
    );
    return () => {
      live = false;
    };
  }, []);
  return { held: rows.stored ?? bundled, download: rows.download };
}
