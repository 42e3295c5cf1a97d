// The audit entry of DESIGN §5 before it is signed, as a zod schema: what createEntry accepts and what
// decodeEntry hands out. Times are integer ms since the Unix epoch; the HLC's node is the entry's device.
import { z } from 'zod';
import { ROLES } from '../permit/transition-roles.ts';
import { HLC_MAX_COUNTER, HLC_MAX_WALL_MS } from '../time/hlc.ts';
import { AUDIT_ACTIONS, isPermitAction } from './audit-action.ts';
import { isCborRecord, type CborRecord } from './cbor-data.ts';

export const ENTRY_FORMAT_VERSION = 1;
export const ENTRY_ID_LENGTH = 32;
/** `prev` of a device's first entry. */
export const GENESIS_PREV: Uint8Array = new Uint8Array(ENTRY_ID_LENGTH);

const bytes32 = z.custom<Uint8Array>((value) => value instanceof Uint8Array && value.length === ENTRY_ID_LENGTH, 'expected 32 bytes');
const millis = z.number().int().nonnegative().max(HLC_MAX_WALL_MS);
/** Same bounds as a key certificate's `device` and `user`, so that every certified holder can write entries. */
const holderName = z.string().min(1).max(200);

export const unsignedEntrySchema = z.strictObject({
  v: z.literal(ENTRY_FORMAT_VERSION),
  device: holderName,
  seq: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  prev: bytes32,
  hlc: z.strictObject({ wallMs: millis, counter: z.number().int().nonnegative().max(HLC_MAX_COUNTER) }),
  wallTime: millis,
  actor: holderName,
  role: z.enum(ROLES),
  action: z.enum(AUDIT_ACTIONS),
  /** The permit's stable id (a UUID from the first draft on), for permit actions; null for the others. */
  permit: z.string().min(1).max(64).nullable(),
  /** What changed: a text-keyed CBOR map. */
  body: z.custom<CborRecord>(isCborRecord, 'body must be a text-keyed map of CBOR data'),
}).refine((entry) => isPermitAction(entry.action) === (entry.permit !== null), {
  message: 'permit must name the permit for a permit action and be null for any other action',
  path: ['permit'],
});

export type UnsignedEntry = z.infer<typeof unsignedEntrySchema>;
