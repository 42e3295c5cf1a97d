// The permit's stable id (a UUID) as it travels in the QR: its 16 bytes, not its 36 characters of text.
import { z } from 'zod';
import { fromHex, toHex } from '../crypto/bytes.ts';

export const PERMIT_ID_LENGTH = 16;

/** The same check as the permit model's `id`. */
const uuidSchema = z.uuid();

/** The UUID's 16 bytes (the hex digits without the hyphens). */
export function permitIdToBytes(id: string): Uint8Array {
  return fromHex(id.replace(/-/g, '').toLowerCase());
}

/** The UUID in its lower-case text form, or undefined unless the bytes are 16 and form a UUID the permit model accepts. */
export function permitIdFromBytes(bytes: Uint8Array): string | undefined {
  if (bytes.length !== PERMIT_ID_LENGTH) return undefined;
  const hex = toHex(bytes);
  const id = `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  return uuidSchema.safeParse(id).success ? id : undefined;
}
