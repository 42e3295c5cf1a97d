import { searchSpecies, type SpeciesSearchHit } from '../../../core/species/search-index.ts';
import { useChecklist } from '../../checklist/useChecklist.ts';

type SpeciesIndexState = 'loading' | 'ready' | 'failed';

const hitLimit = 8;

/** Answers the query on every keystroke from the in-memory index (well under 10 ms a query). */
export function useSpeciesSearch(query: string): { state: SpeciesIndexState; hits: SpeciesSearchHit[] } {
  const checklist = useChecklist();
  if (typeof checklist === 'string') return { state: checklist, hits: [] };
  return { state: 'ready', hits: searchSpecies(checklist.index, query, hitLimit) };
}
