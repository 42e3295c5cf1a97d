// The checklist taxon of a line item, for the rules that depend on its listing: by id first, else by name.
import type { Taxon } from '../../species/taxon.ts';
import type { LineItem } from '../model/line-item.ts';
import type { ChecklistLookup } from './checklist-lookup.ts';

export function lineItemTaxon(item: LineItem, checklist: ChecklistLookup): Taxon | undefined {
  if (item.taxon.taxonId !== null) return checklist.byId(item.taxon.taxonId);
  return checklist.byName(item.taxon.scientificName)?.taxon;
}
