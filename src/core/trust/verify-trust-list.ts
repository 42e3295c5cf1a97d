import { bytesEqual, toHex } from '../crypto/bytes.ts';
import { accept, refuse, type Checked } from '../log/verdict.ts';
import { openCoseDocument } from './cose-document.ts';
import { verifyKeyCertificate, type KeyCertificate } from './key-certificate.ts';
import { trustListBodySchema } from './schemas.ts';
import type { TrustList } from './trust-list.ts';

/**
 * Opens a signed trust list and checks everything in it: structure, schema, the root signature, and every
 * certificate (signed by the same root, same Party, no duplicate kid); every revocation names a listed kid
 * once. With `expectedRootKey` (the key confirmed out of band, or the one held from before), a list under
 * any other root key is refused. Pure: on refusal nothing is returned but the reason.
 */
export async function verifyTrustList(bytes: Uint8Array, expectedRootKey?: Uint8Array): Promise<Checked<TrustList>> {
  const opened = openCoseDocument(bytes, 'trust list');
  if (!opened.ok) return opened;
  if (opened.value.unprotectedHeader.size !== 0) return refuse('trust list: the unprotected header must be empty');
  const parsed = trustListBodySchema.safeParse(opened.value.payload);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`trust list: ${issue === undefined ? 'invalid body' : `${issue.path.join('.') || 'body'}: ${issue.message}`}`);
  }
  const body = parsed.data;
  if (expectedRootKey !== undefined && !bytesEqual(expectedRootKey, body.rootPublicKey)) {
    return refuse('trust list: signed under a different root key than the one expected');
  }
  if (!(await opened.value.verify(body.rootPublicKey))) return refuse('trust list: the root key signature does not verify');
  const certificates: KeyCertificate[] = [];
  const kids = new Set<string>();
  for (const [index, signed] of body.certificates.entries()) {
    const certificate = await verifyKeyCertificate(signed, body.rootPublicKey);
    if (!certificate.ok) return refuse(`trust list: certificate ${index}: ${certificate.reason}`);
    if (certificate.value.party !== body.party) return refuse(`trust list: certificate ${index} is for Party ${certificate.value.party}, not ${body.party}`);
    const kid = toHex(certificate.value.kid);
    if (kids.has(kid)) return refuse(`trust list: kid ${kid} is listed twice`);
    kids.add(kid);
    certificates.push(certificate.value);
  }
  const revoked = new Set<string>();
  for (const revocation of body.revocations) {
    const kid = toHex(revocation.kid);
    if (!kids.has(kid)) return refuse(`trust list: revocation of kid ${kid}, which is not listed`);
    if (revoked.has(kid)) return refuse(`trust list: kid ${kid} is revoked twice`);
    revoked.add(kid);
  }
  const { party, version, issuedAt, rootPublicKey, revocations } = body;
  return accept({ party, version, issuedAt, rootPublicKey, certificates, revocations });
}
