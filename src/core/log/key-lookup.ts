// How the log verifier finds the key behind an entry's signature, without depending on where keys come from
// (a verified trust list: trust-key-lookup.ts; a test's fixed table; HQ's database).
import type { Role } from '../permit/transition-roles.ts';

export interface KeyLookupQuery {
  /** From the entry's protected header. */
  readonly kid: Uint8Array;
  /** The entry's device and actor, for lookups keyed by holder rather than kid. */
  readonly device: string;
  readonly actor: string;
  /** When the entry claims to have been signed (its wallTime, ms since the epoch). */
  readonly at: number;
}

/** A public key and whom its certificate names, valid (certified, not expired, not revoked) at `validAt`. */
export interface CertifiedKey {
  readonly publicKey: Uint8Array;
  readonly role: Role;
  readonly user: string;
  readonly device: string;
  readonly validAt: number;
}

export interface KeyLookupRefusal {
  readonly reason: string;
}

export type KeyLookupAnswer = CertifiedKey | KeyLookupRefusal;

export type KeyLookup = (query: KeyLookupQuery) => KeyLookupAnswer | Promise<KeyLookupAnswer>;

export function isKeyLookupRefusal(answer: KeyLookupAnswer): answer is KeyLookupRefusal {
  return 'reason' in answer;
}
