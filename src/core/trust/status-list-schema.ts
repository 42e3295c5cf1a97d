// The signed payload of a permit status list (DESIGN §4), as zod checks it after decoding untrusted bytes.
// Entries are compact arrays, sorted by hash with no duplicate, so that one list has one byte spelling.
import { z } from 'zod';
import { epochMillisSchema, partySchema } from './schemas.ts';

export const STATUS_LIST_FORMAT = 1;

/**
 * 8 bytes (64 bits) of SHA-256 of the permit number. The EU DCC revocation lists keep 16 bytes because one list
 * spans every certificate of a whole union; a Party lists at most some hundred thousand permits, and with
 * n entries a genuine permit collides with one of them with probability n / 2^64 (5 × 10^-15 per scan at
 * n = 100,000), half the bytes for no practical loss. A collision is fail-safe: a genuine permit would show
 * as cancelled (invalid), never a cancelled one as valid, and the inspector would call the issuing authority.
 */
export const PERMIT_HASH_LENGTH = 8;

/** Why a permit is listed; the numbers are what travels (append only). */
export const PERMIT_STATUS_NUMBERS = { cancelled: 1, replaced: 2, endorsed: 3 } as const;
export type ListedPermitStatus = keyof typeof PERMIT_STATUS_NUMBERS;

const permitHashSchema = z.custom<Uint8Array>(
  (value) => value instanceof Uint8Array && value.length === PERMIT_HASH_LENGTH,
  `a permit hash must be ${PERMIT_HASH_LENGTH} bytes`,
);
const statusNumberSchema = z.union([
  z.literal(PERMIT_STATUS_NUMBERS.cancelled),
  z.literal(PERMIT_STATUS_NUMBERS.replaced),
  z.literal(PERMIT_STATUS_NUMBERS.endorsed),
]);
const placeSchema = z.string().min(1).max(200);

/** `[hash, status, at]`, or `[hash, status, at, place]` where the act had a place (the port of an endorsement). */
export const statusEntrySchema = z.union([
  z.tuple([permitHashSchema, statusNumberSchema, epochMillisSchema]),
  z.tuple([permitHashSchema, statusNumberSchema, epochMillisSchema, placeSchema]),
]);

export const statusListBodySchema = z.strictObject({
  format: z.literal(STATUS_LIST_FORMAT),
  party: partySchema,
  version: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  issuedAt: epochMillisSchema,
  entries: z.array(statusEntrySchema),
});
export type StatusListBody = z.infer<typeof statusListBodySchema>;
