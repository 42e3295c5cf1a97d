import type { ChecklistLookup } from '../../../../core/permit/rules/checklist-lookup.ts';
import type { Taxon } from '../../../../core/species/taxon.ts';

/** The checklist taxon an admin typed: by its id (digits only) or by its name, accepted or synonym. */
export function resolveTaxon(lookup: ChecklistLookup, typed: string): Taxon | undefined {
  const text = typed.trim();
  if (text === '') return undefined;
  if (/^\d+$/.test(text)) return lookup.byId(Number(text));
  const match = lookup.byName(text);
  return match?.kind === 'genus' ? undefined : match?.taxon;
}
