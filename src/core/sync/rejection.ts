// Why HQ refused one pushed entry (docs/sync-protocol.md §Rejections). A rejected entry is kept in HQ's
// quarantine, never silently dropped; the device shows the reason and keeps the entry.
import { z } from 'zod';
import { countSchema, entryIdSchema } from './wire-types.ts';

export const REJECTION_CODES = [
  /** Not a well-formed signed entry (decodeEntry refused it). */
  'entry.malformed',
  /** The entry names a device HQ has not enrolled (a push may relay other enrolled devices' chains). */
  'entry.wrong-device',
  /** The kid is in no certificate of the trust list, or names another holder than the entry. */
  'key.unknown',
  /** The key was revoked before the entry's time, or its certificate was not valid then. */
  'key.not-valid',
  /** The signature does not verify. */
  'signature.invalid',
  /** The certificate's role may not fire the entry's transition (role × transition table). */
  'role.not-allowed',
  /** seq/prev do not continue the chain HQ holds (a gap: send the missing entries first). */
  'chain.gap',
  /** A second, different entry for a (device, seq) HQ already holds: a cloned or rolled-back device. */
  'chain.fork',
  /** The HLC does not increase along the chain. */
  'chain.clock',
  /** An earlier entry of this batch was rejected, so this one cannot continue the chain. */
  'chain.after-rejected',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const rejectionSchema = z.strictObject({
  /** Position in the pushed batch. */
  index: countSchema,
  /** The entry id (SHA-256 of the bytes sent), even for an entry that does not decode. */
  id: entryIdSchema,
  code: z.enum(REJECTION_CODES),
  /** In English, for logs and support; the app words the code itself. */
  reason: z.string().max(2000),
});
export type Rejection = z.infer<typeof rejectionSchema>;
