import { makeChecklistLookup, type ChecklistLookup } from '../../core/permit/rules/checklist-lookup.ts';
import { buildSearchIndex, type SpeciesSearchIndex } from '../../core/species/search-index.ts';
import type { HornbillDb } from '../db/database.ts';
import { readHeldChecklist } from './stored-checklist.ts';

export interface LoadedChecklist {
  /** The held checklist's version (content hash). */
  version: string;
  /** The species picker's search. */
  index: SpeciesSearchIndex;
  /** The rules' lookup by id and name. */
  lookup: ChecklistLookup;
}

const loading = new WeakMap<HornbillDb, Promise<LoadedChecklist>>();
const listeners = new Set<() => void>();

/**
 * The held checklist (the one pulled from HQ, else the bundled one, which is its own chunk and never part of
 * the app shell), its search index and its lookup, built once and kept in memory until a new checklist is
 * stored (checklistChanged).
 */
export function loadChecklist(db: HornbillDb): Promise<LoadedChecklist> {
  let loaded = loading.get(db);
  if (loaded === undefined) {
    loaded = readHeldChecklist(db)
      .then(({ checklist }) => ({ version: checklist.version, index: buildSearchIndex(checklist.taxa), lookup: makeChecklistLookup(checklist.taxa) }))
      .catch((error: unknown) => {
        loading.delete(db); // let the next attempt try again
        throw error;
      });
    loading.set(db, loaded);
  }
  return loaded;
}

/** Drops the checklist built from `db` and tells the screens using it, which load the new one. */
export function checklistChanged(db: HornbillDb): void {
  loading.delete(db);
  for (const listener of listeners) listener();
}

/** Calls `listener` after each checklistChanged; returns the unsubscribe. */
export function onChecklistChanged(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
