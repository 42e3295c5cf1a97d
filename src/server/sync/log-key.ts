// HQ's log key, which signs checkpoints. Derived from the root key's seed with HKDF-SHA256 (RFC 5869) under
// its own label rather than stored: a separate key (a leaked checkpoint signature says nothing about the
// root key's), nothing more to seal and back up, and always the same key for the same authority. Devices
// learn it from a log key statement the root key signs (core/sync/log-key-statement.ts).
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { ed25519PublicKey } from '../../core/crypto/ed25519.ts';
import { utf8ToBytes } from '../../core/crypto/bytes.ts';
import type { NoteSigner } from '../../core/log/signed-note.ts';
import { signLogKeyStatement } from '../../core/sync/log-key-statement.ts';
import type { RootSigner } from '../identity/root-signer.ts';

const LOG_KEY_INFO = utf8ToBytes('hornbill/v1/log-key');
const ED25519_SEED_LENGTH = 32;

export interface HqLogKey {
  /** The checkpoint origin and the note key's name, e.g. "hornbill.ke/log". */
  readonly origin: string;
  readonly signer: NoteSigner;
  readonly publicKey: Uint8Array;
  /** The root-signed statement naming this key, sent in every hello. */
  readonly statement: Uint8Array;
}

export function logOrigin(party: string): string {
  return `hornbill.${party.toLowerCase()}/log`;
}

export async function deriveLogKey(root: RootSigner, issuedAt: number): Promise<HqLogKey> {
  const seed = hkdf(sha256, root.seed, undefined, LOG_KEY_INFO, ED25519_SEED_LENGTH);
  const publicKey = await ed25519PublicKey(seed);
  const origin = logOrigin(root.party);
  const statement = await signLogKeyStatement(root.seed, { format: 1, party: root.party, origin, publicKey, issuedAt });
  return { origin, publicKey, statement, signer: { name: origin, seed, publicKey } };
}
