// The log verifier's key lookup over a verified trust list (src/core/trust): the kid names the certificate,
// and the key must be valid at the entry's claimed signing time (signed before any revocation).
import { toHex } from '../crypto/bytes.ts';
import type { KeyCertificate } from '../trust/key-certificate.ts';
import { isKeyValidAt } from '../trust/key-validity.ts';
import type { TrustList } from '../trust/trust-list.ts';
import type { KeyLookup } from './key-lookup.ts';

export function trustListKeyLookup(trustList: TrustList): KeyLookup {
  // Indexed once: a device log names the same few kids thousands of times.
  const byKid = new Map<string, KeyCertificate>(trustList.certificates.map((certificate) => [toHex(certificate.kid), certificate]));
  return ({ kid, at }) => {
    const validity = isKeyValidAt(trustList, kid, at);
    if (!validity.ok) return { reason: validity.reason };
    const certificate = byKid.get(toHex(kid));
    if (certificate === undefined) return { reason: `kid ${toHex(kid)} is not in the ${trustList.party} trust list` };
    const { publicKey, role, user, device } = certificate;
    return { publicKey, role, user, device, validAt: at };
  };
}
