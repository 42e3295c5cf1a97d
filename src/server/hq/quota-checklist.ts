// The checklist HQ checks quota shares against: the demo checklist, the one the app issues with today.
// When HQ serves a Party's own checklist, this is the one place that changes.
import { makeChecklistLookup, type ChecklistLookup } from '../../core/permit/rules/checklist-lookup.ts';
import { demoChecklistTaxa } from '../../core/species/data/demo-checklist.ts';

export const hqChecklist: ChecklistLookup = makeChecklistLookup(demoChecklistTaxa);
