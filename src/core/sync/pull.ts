// Pull (docs/sync-protocol.md §Pull): from the device's cursor (a position in HQ's log), what the device
// should hold. The device stores the response and its new cursor in one transaction, so a crash mid-pull
// repeats the pull and never skips; entries it holds already are ignored by id.
import { z } from 'zod';
import { quantityUnitSchema } from '../permit/model/line-item.ts';
import { checklistDescriptorSchema, checklistVersionSchema } from './checklist.ts';
import { MAX_PULL_ENTRIES } from './limits.ts';
import { bytesSchema, countSchema, millisSchema, proofSchema, PROTOCOL_VERSION } from './wire-types.ts';

export const pullBodySchema = z.strictObject({
  /** The first log position not yet examined for this device (0 at first). */
  cursor: countSchema,
  /** The tree size of the newest checkpoint the device holds (0 for none): HQ proves consistency from it. */
  treeSize: countSchema,
  /** The newest own-Party trust list and status list versions held (0 for none). */
  trustListVersion: countSchema,
  statusListVersion: countSchema,
  /** The version of the set of quota shares the device holds (0 for none). */
  quotaSharesVersion: countSchema,
  /**
   * The version of the checklist the device holds (its stored one, else the bundled one). Optional: a client
   * that names none does not take checklist updates, and HQ sends it no descriptor.
   */
  checklistVersion: checklistVersionSchema.optional(),
  limit: z.number().int().positive().max(MAX_PULL_ENTRIES),
});
export type PullBody = z.infer<typeof pullBodySchema>;

/** More shares than any one device is given (one per quota taxon and year). */
export const MAX_PULLED_QUOTA_SHARES = 10_000;

export const pulledEntrySchema = z.strictObject({
  leafIndex: countSchema,
  bytes: bytesSchema,
});
export type PulledEntry = z.infer<typeof pulledEntrySchema>;

/** A user of this device whose account changed at HQ (removed users can no longer sign in on the device). */
export const userChangeSchema = z.strictObject({
  id: z.string().min(1).max(200),
  removedAt: millisSchema.nullable(),
});

/** One quota share HQ gives the device: an amount of the taxon's annual export quota, in a box 11 unit (null: specimens). */
export const pulledQuotaShareSchema = z.strictObject({
  taxonId: z.number().int().positive(),
  year: z.number().int().min(2000).max(2100),
  amount: z.number().nonnegative(),
  unit: quantityUnitSchema.nullable(),
});
export type PulledQuotaShare = z.infer<typeof pulledQuotaShareSchema>;

/** The device's whole set of quota shares at `version`: it replaces the set held. */
export const pulledQuotaSharesSchema = z.strictObject({
  version: countSchema,
  shares: z.array(pulledQuotaShareSchema).max(MAX_PULLED_QUOTA_SHARES),
});
export type PulledQuotaShares = z.infer<typeof pulledQuotaSharesSchema>;

export const pullResponseSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  /** Other devices' entries on the authority's permits, in log order, positions ≥ the cursor. */
  entries: z.array(pulledEntrySchema).max(MAX_PULL_ENTRIES),
  /** Where the next pull starts; store it with the entries. */
  nextCursor: countSchema,
  /** True when HQ has more for this device: pull again at once. */
  more: z.boolean(),
  /** HQ's newest signed checkpoint, and the consistency proof from the device's treeSize to it. */
  checkpoint: z.string().min(1).max(10_000),
  consistency: proofSchema,
  /** Newer signed documents than the versions the device named; null when it holds the newest. */
  trustList: bytesSchema.nullable(),
  statusList: bytesSchema.nullable(),
  users: z.array(userChangeSchema),
  /** The device's quota shares when HQ's version is newer than the one it named; null when it holds the newest. */
  quotaShares: pulledQuotaSharesSchema.nullable(),
  /**
   * HQ's newest published checklist when it differs from the version the device named, else null; its taxa
   * come from the checklist route (checklist.ts). Absent from an HQ that predates checklist updates: as null.
   */
  checklist: checklistDescriptorSchema.nullable().optional(),
  hqTime: millisSchema,
});
export type PullResponse = z.infer<typeof pullResponseSchema>;
