// The bundled demo checklist as a lookup: what HQ checks quota shares against before it publishes a checklist
// of its own (hq-checklist-names.ts), and what demo mode's sample permits are checked with.
import { makeChecklistLookup, type ChecklistLookup } from '../../core/permit/rules/checklist-lookup.ts';
import { demoChecklistTaxa } from '../../core/species/data/demo-checklist.ts';

export const bundledChecklistLookup: ChecklistLookup = makeChecklistLookup(demoChecklistTaxa);
