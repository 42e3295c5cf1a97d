// The key a status list files a permit under: the first PERMIT_HASH_LENGTH bytes of SHA-256 of the UTF-8
// permit number in its printed form (as the DCC hashes the UVCI). Any verifier can compute it in one line.
import { utf8ToBytes } from '../crypto/bytes.ts';
import { sha256 } from '../crypto/sha256.ts';
import { PERMIT_HASH_LENGTH } from './status-list-schema.ts';

export function permitNumberHash(permitNumber: string): Uint8Array {
  return sha256(utf8ToBytes(permitNumber)).slice(0, PERMIT_HASH_LENGTH);
}
