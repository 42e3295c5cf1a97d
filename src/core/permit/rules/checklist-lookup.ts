// Finds the checklist taxon a line item names: by its id, or by its name, accepted or synonym.
// A species the checklist does not list by itself may be covered by its genus' listing (the demo checklist,
// like the Appendices, lists many taxa at genus level), so the lookup falls back to the genus.
import type { Taxon } from '../../species/taxon.ts';

export type NameMatch =
  | { readonly kind: 'accepted'; readonly taxon: Taxon }
  | { readonly kind: 'synonym'; readonly taxon: Taxon }
  | { readonly kind: 'genus'; readonly taxon: Taxon };

export interface ChecklistLookup {
  byId(id: number): Taxon | undefined;
  byName(scientificName: string): NameMatch | undefined;
}

/** Names compare without case and with single spaces, as officials type them. */
function nameKey(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase();
}

export function makeChecklistLookup(taxa: readonly Taxon[]): ChecklistLookup {
  const byId = new Map<number, Taxon>();
  const accepted = new Map<string, Taxon>();
  const synonyms = new Map<string, Taxon>();
  for (const taxon of taxa) {
    byId.set(taxon.id, taxon);
    accepted.set(nameKey(taxon.scientificName), taxon);
  }
  // A name that is accepted for one taxon and a synonym of another stays the accepted one.
  for (const taxon of taxa) {
    for (const synonym of taxon.synonyms) {
      const key = nameKey(synonym.name);
      if (!accepted.has(key) && !synonyms.has(key)) synonyms.set(key, taxon);
    }
  }
  return {
    byId: (id) => byId.get(id),
    byName(scientificName) {
      const key = nameKey(scientificName);
      const exact = accepted.get(key);
      if (exact !== undefined) return { kind: 'accepted', taxon: exact };
      const synonym = synonyms.get(key);
      if (synonym !== undefined) return { kind: 'synonym', taxon: synonym };
      const genus = accepted.get(key.split(' ')[0] ?? '');
      return genus !== undefined && genus.rank === 'GENUS' && key.includes(' ') ? { kind: 'genus', taxon: genus } : undefined;
    },
  };
}
