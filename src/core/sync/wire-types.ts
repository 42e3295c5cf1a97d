// zod building blocks for the sync messages: bytes, times and counts as they come out of CBOR.
import { z } from 'zod';
import { ENTRY_ID_LENGTH } from '../log/entry-schema.ts';
import { MERKLE_HASH_LENGTH } from '../log/merkle-hash.ts';
import { NONCE_LENGTH } from './limits.ts';

export const PROTOCOL_VERSION = 1;

export const bytesSchema = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected a byte string');
export const bytesOfLength = (length: number, what: string) =>
  bytesSchema.refine((bytes) => bytes.length === length, `${what} must be ${length} bytes`);

export const entryIdSchema = bytesOfLength(ENTRY_ID_LENGTH, 'an entry id');
export const merkleHashSchema = bytesOfLength(MERKLE_HASH_LENGTH, 'a Merkle hash');
export const nonceSchema = bytesOfLength(NONCE_LENGTH, 'the nonce');
export const millisSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
export const countSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** A device code as in the entries' `device` and the key certificates. */
export const deviceCodeSchema = z.string().min(1).max(200);
/** An inclusion or consistency proof: at most one hash per tree level (2^63 leaves is far beyond reach). */
export const proofSchema = z.array(merkleHashSchema).max(63);
