import { makeChecklistLookup, type ChecklistLookup } from '../../core/permit/rules/checklist-lookup.ts';
import { buildSearchIndex, type SpeciesSearchIndex } from '../../core/species/search-index.ts';
import type { HornbillDb } from '../db/database.ts';
import { checkStoredChecklist, readHeldTaxa } from './stored-checklist.ts';

export interface LoadedChecklist {
  /** The held checklist's version (content hash). */
  version: string;
  /** The species picker's search. */
  index: SpeciesSearchIndex;
  /** The rules' lookup by id and name. */
  lookup: ChecklistLookup;
}

const loading = new WeakMap<HornbillDb, Promise<LoadedChecklist>>();

/** Yields to the page (input, rendering) before the next slice of background work. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
const listeners = new Set<() => void>();

/**
 * The held checklist (the one pulled from HQ, else the bundled one, which is its own chunk and never part of
 * the app shell), its search index and its lookup, built once and kept in memory until a new checklist is
 * stored or the stored one turns out damaged (checklistChanged).
 */
export function loadChecklist(db: HornbillDb): Promise<LoadedChecklist> {
  let loaded = loading.get(db);
  if (loaded === undefined) {
    loaded = readHeldTaxa(db)
      .then((held) => {
        const loadedChecklist = { version: held.version, index: buildSearchIndex(held.taxa), lookup: makeChecklistLookup(held.taxa) };
        // The hash is checked after the screens have the checklist, a slice at a time between tasks; a damaged
        // store is dropped then and the screens load the bundled one. A check that cannot run (storage
        // failing) leaves it as loaded; the next page load checks again.
        void checkStoredChecklist(db, held, nextTask).then((intact) => {
          if (!intact) checklistChanged(db);
        }, () => undefined);
        return loadedChecklist;
      })
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
