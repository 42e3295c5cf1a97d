// The keys this device verifies its own log with: the key certificates stored with the accounts enrolled
// here, each checked under its account's root key, and the revocations of the newest stored trust list of
// that Party when it verifies under the same root (so a revoked key stops counting from its revocation on).
import { bytesEqual } from '../../core/crypto/bytes.ts';
import { parseBase64 } from '../../core/crypto/base64.ts';
import type { KeyLookup } from '../../core/log/key-lookup.ts';
import { trustListKeyLookup } from '../../core/log/trust-key-lookup.ts';
import { verifyKeyCertificate, type KeyCertificate } from '../../core/trust/key-certificate.ts';
import type { Revocation } from '../../core/trust/schemas.ts';
import { verifyTrustList } from '../../core/trust/verify-trust-list.ts';
import { latestTrustList } from '../auth/trust-lists.ts';
import type { HornbillDb } from '../db/database.ts';

export async function deviceKeyLookup(db: HornbillDb): Promise<KeyLookup> {
  const accounts = await db.accounts.toArray();
  const account = accounts[0];
  const rootPublicKey = account === undefined ? undefined : parseBase64(account.rootPublicKey);
  if (account === undefined || rootPublicKey === undefined) return () => ({ reason: 'no account is enrolled on this device' });
  const certificates: KeyCertificate[] = [];
  for (const text of accounts.filter((other) => other.rootPublicKey === account.rootPublicKey).flatMap((other) => other.certificates)) {
    const signed = parseBase64(text);
    const certificate = signed === undefined ? undefined : await verifyKeyCertificate(signed, rootPublicKey);
    if (certificate?.ok === true && !certificates.some((known) => bytesEqual(known.kid, certificate.value.kid))) certificates.push(certificate.value);
  }
  return trustListKeyLookup({
    party: account.party,
    version: 0,
    issuedAt: 0,
    rootPublicKey,
    certificates,
    revocations: await storedRevocations(db, account.party, rootPublicKey, certificates),
  });
}

async function storedRevocations(db: HornbillDb, party: string, rootPublicKey: Uint8Array, certificates: readonly KeyCertificate[]): Promise<Revocation[]> {
  const stored = await latestTrustList(db, party);
  const signed = stored === undefined ? undefined : parseBase64(stored.signed);
  const list = signed === undefined ? undefined : await verifyTrustList(signed, rootPublicKey);
  if (list?.ok !== true) return [];
  return list.value.revocations.filter((revocation) => certificates.some((certificate) => bytesEqual(certificate.kid, revocation.kid)));
}
