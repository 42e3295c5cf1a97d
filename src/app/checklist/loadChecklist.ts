import { makeChecklistLookup, type ChecklistLookup } from '../../core/permit/rules/checklist-lookup.ts';
import { buildSearchIndex, type SpeciesSearchIndex } from '../../core/species/search-index.ts';

export interface LoadedChecklist {
  /** The species picker's search. */
  index: SpeciesSearchIndex;
  /** The rules' lookup by id and name. */
  lookup: ChecklistLookup;
}

let loading: Promise<LoadedChecklist> | null = null;

/**
 * The checklist, its search index and its lookup, built once per page and kept in memory. The checklist is
 * a dynamic import, so it is its own chunk and never part of the app shell.
 */
export function loadChecklist(): Promise<LoadedChecklist> {
  loading ??= import('../../core/species/data/demo-checklist.ts')
    .then(({ demoChecklistTaxa }) => ({ index: buildSearchIndex(demoChecklistTaxa), lookup: makeChecklistLookup(demoChecklistTaxa) }))
    .catch((error: unknown) => {
      loading = null; // let the next attempt try again
      throw error;
    });
  return loading;
}
