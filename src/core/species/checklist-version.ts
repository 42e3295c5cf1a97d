import { z } from 'zod';
import { sha256, sha256Stream } from '../crypto/sha256.ts';
import { toHex, utf8ToBytes } from '../crypto/bytes.ts';
import { taxonSchema, type Taxon } from './taxon.ts';

// A checklist is identified by the hash of its content, so HQ and a device agree on what they hold without
// a central counter, and HQ can send an update as a diff that applies to one exact version only.

export interface Checklist {
  /** Hex SHA-256 of the canonical JSON of the taxa (sorted by id). */
  readonly version: string;
  /** Sorted by id, ids unique. */
  readonly taxa: readonly Taxon[];
}

export const checklistDiffSchema = z.object({
  from: z.string().regex(/^[0-9a-f]{64}$/),
  to: z.string().regex(/^[0-9a-f]{64}$/),
  /** Taxa added or changed, whole. */
  upserted: z.array(taxonSchema),
  removedIds: z.array(z.number().int().positive()),
});
export type ChecklistDiff = z.infer<typeof checklistDiffSchema>;

export type ChecklistDiffResult =
  | { readonly ok: true; readonly checklist: Checklist }
  | { readonly ok: false; readonly problem: string };

/**
 * The taxon rebuilt with its keys in one fixed order, so that JSON.stringify gives the same bytes for equal
 * content whatever order the keys arrived in (from zod, IndexedDB or a diff).
 */
function canonicalTaxon(taxon: Taxon): Taxon {
  const { higherTaxa, listing, commonNames } = taxon;
  return {
    id: taxon.id,
    rank: taxon.rank,
    scientificName: taxon.scientificName,
    author: taxon.author,
    higherTaxa: {
      kingdom: higherTaxa.kingdom, phylum: higherTaxa.phylum, class: higherTaxa.class,
      order: higherTaxa.order, family: higherTaxa.family, genus: higherTaxa.genus,
    },
    listing: {
      appendices: listing.appendices,
      partlyNotListed: listing.partlyNotListed,
      annotations: listing.annotations.map((a) => ({ appendix: a.appendix, en: a.en, es: a.es, fr: a.fr, fullEn: a.fullEn })),
      hashAnnotation: listing.hashAnnotation && { symbol: listing.hashAnnotation.symbol, text: listing.hashAnnotation.text },
      appendixIIIParties: listing.appendixIIIParties,
    },
    commonNames: { en: commonNames.en, fr: commonNames.fr, es: commonNames.es },
    synonyms: taxon.synonyms.map((s) => ({ name: s.name, author: s.author })),
  };
}

function canonicalJson(taxa: readonly Taxon[]): string {
  return JSON.stringify(taxa.map(canonicalTaxon));
}

interface SubtleDigest {
  crypto?: { subtle?: { digest(algorithm: 'SHA-256', data: Uint8Array): Promise<ArrayBuffer> } };
}

/**
 * A full Species+ checklist is ~100 MB of canonical JSON (annotations repeat on every orchid): WebCrypto
 * hashes it in a fraction of a second where the pure-JS hash takes ten. crypto.subtle is missing only
 * outside secure contexts, where the JS hash still gives the same digest.
 */
async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as SubtleDigest).crypto?.subtle;
  return toHex(subtle ? new Uint8Array(await subtle.digest('SHA-256', bytes)) : sha256(bytes));
}

/** Taxa hashed between two pauses by checklistVersionInSlices. */
const TAXA_PER_SLICE = 500;

/**
 * The version of a checklist (the same as makeChecklist's), hashed a slice of taxa at a time with `pause()`
 * between slices, so that checking a full Species+ checklist (~100 MB of canonical JSON) never holds a page
 * for seconds. Slower in total than makeChecklist's one WebCrypto call.
 */
export async function checklistVersionInSlices(taxa: readonly Taxon[], pause: () => Promise<void>): Promise<string> {
  const sorted = [...taxa].sort((a, b) => a.id - b.id);
  const hash = sha256Stream();
  hash.update(utf8ToBytes('['));
  for (const [index, taxon] of sorted.entries()) {
    if (index > 0 && index % TAXA_PER_SLICE === 0) await pause();
    // JSON.stringify of an array is its items' JSON joined by commas, so this equals canonicalJson(sorted).
    hash.update(utf8ToBytes(`${index === 0 ? '' : ','}${JSON.stringify(canonicalTaxon(taxon))}`));
  }
  hash.update(utf8ToBytes(']'));
  return toHex(hash.digest());
}

/** Builds a checklist from taxa in any order; throws on a duplicate id (a programming error: importers check first). */
export async function makeChecklist(taxa: readonly Taxon[]): Promise<Checklist> {
  const sorted = [...taxa].sort((a, b) => a.id - b.id);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i]?.id === sorted[i - 1]?.id) throw new Error(`makeChecklist: duplicate taxon id ${sorted[i]?.id}`);
  }
  return { version: await sha256Hex(utf8ToBytes(canonicalJson(sorted))), taxa: sorted };
}

export function diffChecklists(previous: Checklist, next: Checklist): ChecklistDiff {
  const previousById = new Map(previous.taxa.map((taxon) => [taxon.id, canonicalJson([taxon])]));
  const nextIds = new Set(next.taxa.map((taxon) => taxon.id));
  return {
    from: previous.version,
    to: next.version,
    upserted: next.taxa.filter((taxon) => previousById.get(taxon.id) !== canonicalJson([taxon])),
    removedIds: previous.taxa.filter((taxon) => !nextIds.has(taxon.id)).map((taxon) => taxon.id),
  };
}

/** Applies a diff to the exact version it was made from; the result is checked against the diff's target version. */
export async function applyChecklistDiff(previous: Checklist, diff: ChecklistDiff): Promise<ChecklistDiffResult> {
  if (diff.from !== previous.version) {
    return { ok: false, problem: `diff applies to version ${diff.from}, the checklist held is ${previous.version}` };
  }
  const byId = new Map(previous.taxa.map((taxon) => [taxon.id, taxon]));
  for (const id of diff.removedIds) byId.delete(id);
  for (const taxon of diff.upserted) byId.set(taxon.id, taxon);
  const checklist = await makeChecklist([...byId.values()]);
  if (checklist.version !== diff.to) {
    return { ok: false, problem: `applying the diff gave version ${checklist.version}, expected ${diff.to}` };
  }
  return { ok: true, checklist };
}
