import { toBase64 } from '../../src/core/crypto/base64.ts';
import { ed25519PublicKey, generateEd25519Seed } from '../../src/core/crypto/ed25519.ts';
import { rootKeyFingerprint } from '../../src/core/trust/fingerprint.ts';
import { signTrustList } from '../../src/core/trust/trust-list.ts';

/** Another Party's root key, able to sign its trust lists in tests. */
export interface ForeignParty {
  readonly party: string;
  readonly fingerprint: string;
  /** The signed list of that version (no certificates), base64 as the API takes it. */
  signedList(version: number): Promise<string>;
}

export async function foreignParty(party: string, issuedAt = Date.parse('2026-02-01T00:00:00Z')): Promise<ForeignParty> {
  const seed = generateEd25519Seed();
  return {
    party,
    fingerprint: rootKeyFingerprint(await ed25519PublicKey(seed)),
    signedList: async (version) => toBase64(await signTrustList(seed, { party, version, issuedAt, certificates: [], revocations: [] })),
  };
}
