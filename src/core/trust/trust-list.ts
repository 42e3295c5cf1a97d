// The trust list (DESIGN §4): one Party's root public key, every key certificate it issued and every
// revocation, versioned and signed by the root key. Wire form: a tagged COSE_Sign1 (EdDSA, empty
// unprotected header) whose payload is the deterministic CBOR of TrustListBody (schemas.ts).
import { ed25519PublicKey } from '../crypto/ed25519.ts';
import { encodeDocumentPayload, signCoseDocument } from './cose-document.ts';
import type { KeyCertificate } from './key-certificate.ts';
import { TRUST_LIST_FORMAT, trustListBodySchema, type Revocation } from './schemas.ts';

export interface TrustList {
  readonly party: string;
  readonly version: number;
  readonly issuedAt: number;
  readonly rootPublicKey: Uint8Array;
  readonly certificates: readonly KeyCertificate[];
  readonly revocations: readonly Revocation[];
}

export interface TrustListContent {
  readonly party: string;
  readonly version: number;
  readonly issuedAt: number;
  readonly certificates: readonly Pick<KeyCertificate, 'signed'>[];
  readonly revocations: readonly Revocation[];
}

/** Signs a trust list with the root key's seed; the root public key in it is derived from that seed. */
export async function signTrustList(rootSeed: Uint8Array, content: TrustListContent): Promise<Uint8Array> {
  const body = trustListBodySchema.parse({
    format: TRUST_LIST_FORMAT,
    party: content.party,
    version: content.version,
    issuedAt: content.issuedAt,
    rootPublicKey: await ed25519PublicKey(rootSeed),
    certificates: content.certificates.map((certificate) => certificate.signed),
    revocations: content.revocations.map(({ kid, revokedAt, reason }) => ({ kid, revokedAt, reason })),
  });
  return signCoseDocument(rootSeed, encodeDocumentPayload(body));
}
