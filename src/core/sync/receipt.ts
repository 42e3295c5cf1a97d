// HQ's receipt for a push (DESIGN §5): a checkpoint signed by the HQ log key, and for every entry of the batch
// that HQ holds (accepted now or earlier) its leaf index and an inclusion proof into that checkpoint's tree.
import { z } from 'zod';
import { countSchema, entryIdSchema, proofSchema } from './wire-types.ts';

export const entryReceiptSchema = z.strictObject({
  id: entryIdSchema,
  leafIndex: countSchema,
  proof: proofSchema,
});
export type EntryReceipt = z.infer<typeof entryReceiptSchema>;

export const receiptSchema = z.strictObject({
  /** The signed checkpoint note (c2sp.org/tlog-checkpoint) the proofs lead to. */
  checkpoint: z.string().min(1).max(10_000),
  entries: z.array(entryReceiptSchema),
});
export type Receipt = z.infer<typeof receiptSchema>;
