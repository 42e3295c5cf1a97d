// Push (docs/sync-protocol.md §Push): the device's unacknowledged entries, oldest first, in its chain order.
// Re-sending an entry HQ holds is a no-op that still gets a receipt: a retry after a cut is always safe.
import { z } from 'zod';
import { MAX_ENTRY_BYTES } from '../log/entry.ts';
import { MAX_PUSH_ENTRIES } from './limits.ts';
import { receiptSchema } from './receipt.ts';
import { rejectionSchema } from './rejection.ts';
import { bytesSchema, millisSchema, PROTOCOL_VERSION } from './wire-types.ts';

export const pushBodySchema = z.strictObject({
  entries: z.array(bytesSchema.refine((bytes) => bytes.length <= MAX_ENTRY_BYTES, `an entry is at most ${MAX_ENTRY_BYTES} bytes`))
    .min(1).max(MAX_PUSH_ENTRIES),
});
export type PushBody = z.infer<typeof pushBodySchema>;

export const pushResponseSchema = z.strictObject({
  v: z.literal(PROTOCOL_VERSION),
  /** Null only when no entry of the batch is held by HQ (all rejected). */
  receipt: receiptSchema.nullable(),
  rejected: z.array(rejectionSchema),
  hqTime: millisSchema,
});
export type PushResponse = z.infer<typeof pushResponseSchema>;
