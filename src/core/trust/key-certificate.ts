// Key certificates (DESIGN §4): the root key vouches for one user-device public key, for one role and period.
//
// kid = the first 8 bytes of SHA-256 over the deterministic CBOR (RFC 8949 §4.2.1) of the certificate body:
// the text-keyed map {party, role, user, device, publicKey, notBefore, notAfter} exactly as it is the
// COSE_Sign1 payload. The kid is not inside the body it names; it travels in the unprotected header (label 4)
// and is always recomputed from the payload, never trusted as sent.
import { bytesEqual } from '../crypto/bytes.ts';
import { COSE_HEADER_KID } from '../crypto/cose-sign1.ts';
import { sha256 } from '../crypto/sha256.ts';
import { accept, refuse, type Checked } from '../log/verdict.ts';
import { encodeDocumentPayload, openCoseDocument, signCoseDocument } from './cose-document.ts';
import { certificateBodySchema, KID_LENGTH, type CertificateBody } from './schemas.ts';

export interface KeyCertificate extends CertificateBody {
  readonly kid: Uint8Array;
  /** The signed COSE_Sign1 bytes, as they go into a trust list. */
  readonly signed: Uint8Array;
}

export function kidOf(body: CertificateBody): Uint8Array {
  return sha256(encodeDocumentPayload(certificateBodyRecord(body))).slice(0, KID_LENGTH);
}

function certificateBodyRecord(body: CertificateBody): Record<string, unknown> {
  const { party, role, user, device, publicKey, notBefore, notAfter } = body;
  return { party, role, user, device, publicKey, notBefore, notAfter };
}

/** Signs a certificate with the root key's seed. Throws if the body breaks the schema (a caller's bug). */
export async function signKeyCertificate(rootSeed: Uint8Array, body: CertificateBody): Promise<KeyCertificate> {
  const checked = certificateBodySchema.parse(body);
  const kid = kidOf(checked);
  const signed = await signCoseDocument(rootSeed, encodeDocumentPayload(certificateBodyRecord(checked)), new Map([[COSE_HEADER_KID, kid]]));
  return { ...checked, kid, signed };
}

/** Opens and checks a certificate against the root public key: structure, schema, kid, signature. */
export async function verifyKeyCertificate(signed: Uint8Array, rootPublicKey: Uint8Array): Promise<Checked<KeyCertificate>> {
  const opened = openCoseDocument(signed, 'key certificate');
  if (!opened.ok) return opened;
  const parsed = certificateBodySchema.safeParse(opened.value.payload);
  if (!parsed.success) return refuse(`key certificate: ${parsed.error.issues[0]?.message ?? 'invalid body'}`);
  const kid = kidOf(parsed.data);
  const sentKid = opened.value.unprotectedHeader.get(COSE_HEADER_KID);
  if (opened.value.unprotectedHeader.size !== 1 || !(sentKid instanceof Uint8Array) || !bytesEqual(sentKid, kid)) {
    return refuse('key certificate: the kid header does not match the certificate body');
  }
  if (!(await opened.value.verify(rootPublicKey))) return refuse('key certificate: the root key signature does not verify');
  return accept({ ...parsed.data, kid, signed });
}
