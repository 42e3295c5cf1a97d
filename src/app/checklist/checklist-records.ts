// What the device keeps of the species checklist (schema v9): the taxa of the checklist it holds once one
// came from HQ (before that, the bundled demo checklist is held and nothing is stored), a row naming that
// checklist, and the staging area of a download from HQ: the descriptor it follows and the pages received.
import { z } from 'zod';
import { checklistDescriptorSchema, checklistVersionSchema } from '../../core/sync/checklist.ts';
import { taxonSchema, type Taxon } from '../../core/species/taxon.ts';

/** A taxon of the held checklist, keyed by its Species+ id. */
export type ChecklistTaxonRecord = Taxon;

/** The single row ('device') naming the stored checklist; absent while the bundled one is held. */
export const heldChecklistRecordSchema = z.object({
  id: z.literal('device'),
  version: checklistVersionSchema,
  taxa: z.number().int().nonnegative(),
  /** When HQ published it (ms). */
  publishedAt: z.number().int().nonnegative(),
  /** When the device stored it (ms, device clock). */
  storedAt: z.number().int().nonnegative(),
});
export type HeldChecklistRecord = z.infer<typeof heldChecklistRecordSchema>;

/** The single row ('device') of the download under way: HQ's descriptor from the last pull that named one. */
export const checklistDownloadRecordSchema = checklistDescriptorSchema.extend({ id: z.literal('device') });
export type ChecklistDownloadRecord = z.infer<typeof checklistDownloadRecordSchema>;

/** One page received of the download under way, by page number; kept until the download is applied or dropped. */
export const checklistPageRecordSchema = z.object({
  page: z.number().int().nonnegative(),
  removedIds: z.array(z.number().int().positive()),
  upserted: z.array(taxonSchema),
});
export type ChecklistPageRecord = z.infer<typeof checklistPageRecordSchema>;
