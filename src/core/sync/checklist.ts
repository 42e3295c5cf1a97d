// Checklist updates (docs/sync-protocol.md §Checklist). A pull names the checklist version the device holds
// and HQ answers with a descriptor of its newest published checklist when it differs. The taxa then travel
// apart, on a paged, device-signed route: a full Species+ diff is ~100 MB of taxa (~3.5 MB gzip), far too
// much for one answer on a 2G link, and pages let an interrupted download resume where it stopped.
import { z } from 'zod';
import { utf8ToBytes } from '../crypto/bytes.ts';
import type { ChecklistDiff } from '../species/checklist-version.ts';
import { taxonSchema, type Taxon } from '../species/taxon.ts';
import { MAX_PULL_RESPONSE_BYTES } from './limits.ts';
import { countSchema, millisSchema, PROTOCOL_VERSION } from './wire-types.ts';

/** A checklist version: the hex SHA-256 of its canonical content (core/species/checklist-version.ts). */
export const checklistVersionSchema = z.string().regex(/^[0-9a-f]{64}$/, 'a checklist version is 64 lower-case hex digits');

/** The version of the checklist with no taxa (SHA-256 of "[]"): a diff "from" it is the whole checklist. */
export const EMPTY_CHECKLIST_VERSION = '4f53cda18c2baa0c0354bb5f9a3ecbe5ed12ab4d8e11ba873c2f11161202b945';

/** Taxa of one page, measured as their JSON (UTF-8), which is never smaller than their CBOR. */
export const MAX_CHECKLIST_PAGE_BYTES = MAX_PULL_RESPONSE_BYTES;
/** More pages than any checklist needs (the full Species+ export is about 100). */
export const MAX_CHECKLIST_PAGES = 10_000;
/** Taxa on one page: a page of the smallest taxa still stays under MAX_CHECKLIST_PAGE_BYTES. */
export const MAX_CHECKLIST_PAGE_TAXA = 20_000;
/** Taxa removed by one update (all on page 0). */
export const MAX_CHECKLIST_REMOVED = 1_000_000;
/** Taxa in a published checklist. */
export const MAX_CHECKLIST_TAXA = 1_000_000;

/** What a pull says about HQ's newest checklist when the device holds another version. */
export const checklistDescriptorSchema = z.strictObject({
  /** The newest published version: what the device holds once the download is applied. */
  version: checklistVersionSchema,
  /** The version the download is a diff from: the device's own, or EMPTY_CHECKLIST_VERSION (a full download). */
  from: checklistVersionSchema,
  /** Taxa in the new checklist. */
  taxa: z.number().int().nonnegative().max(MAX_CHECKLIST_TAXA),
  /** When HQ published it (ms). */
  publishedAt: millisSchema,
  /** Pages of the download, 0 … pages − 1. */
  pages: z.number().int().positive().max(MAX_CHECKLIST_PAGES),
});
export type ChecklistDescriptor = z.infer<typeof checklistDescriptorSchema>;

/** The body of a signed 'checklist' request: one page of the diff from `from` to `to`. */
export const checklistRequestBodySchema = z.strictObject({
  from: checklistVersionSchema,
  to: checklistVersionSchema,
  page: z.number().int().nonnegative().max(MAX_CHECKLIST_PAGES - 1),
});
export type ChecklistRequestBody = z.infer<typeof checklistRequestBodySchema>;

/** The taxa of one page, before it is wrapped into an answer. */
export interface ChecklistPageContent {
  readonly removedIds: readonly number[];
  readonly upserted: readonly Taxon[];
}

/** One page of a download. `from` is the version the diff was made from, which HQ may have widened to empty. */
export const checklistPageSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  from: checklistVersionSchema,
  to: checklistVersionSchema,
  page: countSchema,
  pages: z.number().int().positive().max(MAX_CHECKLIST_PAGES),
  /** Ids of taxa the new checklist no longer has: on page 0 only. */
  removedIds: z.array(z.number().int().positive()).max(MAX_CHECKLIST_REMOVED),
  /** Taxa added or changed, whole, in id order across the pages. */
  upserted: z.array(taxonSchema).max(MAX_CHECKLIST_PAGE_TAXA),
});
export type ChecklistPage = z.infer<typeof checklistPageSchema>;

/** Bytes a removed id may take on page 0 (digits and a comma). */
const REMOVED_ID_BYTES = 17;

/**
 * Splits a diff into pages of at most `maxBytes` of taxa, in id order: page 0 carries every removed id. The
 * split depends on the diff alone, so every HQ process cuts the same pages and a resumed download fits the
 * pages held. A taxon larger than `maxBytes` gets a page of its own; an empty diff is one empty page.
 */
export function splitChecklistDiff(diff: Pick<ChecklistDiff, 'upserted' | 'removedIds'>, maxBytes: number = MAX_CHECKLIST_PAGE_BYTES): ChecklistPageContent[] {
  const upserted = [...diff.upserted].sort((a, b) => a.id - b.id);
  const removedIds = [...diff.removedIds].sort((a, b) => a - b);
  const pages: ChecklistPageContent[] = [];
  let current: Taxon[] = [];
  let bytes = removedIds.length * REMOVED_ID_BYTES;
  for (const taxon of upserted) {
    const size = utf8ToBytes(JSON.stringify(taxon)).length;
    if (current.length > 0 && (bytes + size > maxBytes || current.length >= MAX_CHECKLIST_PAGE_TAXA)) {
      pages.push({ removedIds: pages.length === 0 ? removedIds : [], upserted: current });
      current = [];
      bytes = 0;
    }
    current.push(taxon);
    bytes += size;
  }
  pages.push({ removedIds: pages.length === 0 ? removedIds : [], upserted: current });
  return pages;
}

/** The diff back from its pages, in page order (page 0 first); the caller checks the result's version. */
export function joinChecklistPages(from: string, to: string, pages: readonly ChecklistPageContent[]): ChecklistDiff {
  return {
    from,
    to,
    removedIds: pages[0]?.removedIds.slice() ?? [],
    upserted: pages.flatMap((page) => page.upserted),
  };
}
