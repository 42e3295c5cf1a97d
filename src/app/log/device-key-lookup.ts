// The keys this device verifies its log with: the key certificates stored with the accounts enrolled here,
// each checked under its account's root key, plus every certificate of the newest stored trust list of that
// Party when it verifies under the same root (the keys of other tablets, whose entries arrive by sync), and
// that list's revocations (so a revoked key stops counting from its revocation on).
import { bytesEqual } from '../../core/crypto/bytes.ts';
import { parseBase64 } from '../../core/crypto/base64.ts';
import type { KeyLookup } from '../../core/log/key-lookup.ts';
import { trustListKeyLookup } from '../../core/log/trust-key-lookup.ts';
import { verifyKeyCertificate, type KeyCertificate } from '../../core/trust/key-certificate.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';
import { verifyTrustList } from '../../core/trust/verify-trust-list.ts';
import { latestTrustList } from '../auth/trust-lists.ts';
import type { HornbillDb } from '../db/database.ts';

export async function deviceKeyLookup(db: HornbillDb): Promise<KeyLookup> {
  const accounts = await db.accounts.toArray();
  const account = accounts[0];
  const rootPublicKey = account === undefined ? undefined : parseBase64(account.rootPublicKey);
  if (account === undefined || rootPublicKey === undefined) return () => ({ reason: 'no account is enrolled on this device' });
  const stored = await storedTrustList(db, account.party, rootPublicKey);
  const certificates: KeyCertificate[] = [...(stored?.certificates ?? [])];
  for (const text of accounts.filter((other) => other.rootPublicKey === account.rootPublicKey).flatMap((other) => other.certificates)) {
    const signed = parseBase64(text);
    const certificate = signed === undefined ? undefined : await verifyKeyCertificate(signed, rootPublicKey);
    if (certificate?.ok === true && !certificates.some((known) => bytesEqual(known.kid, certificate.value.kid))) certificates.push(certificate.value);
  }
  return trustListKeyLookup({ party: account.party, version: 0, issuedAt: 0, rootPublicKey, certificates, revocations: stored?.revocations ?? [] });
}

/** The newest trust list held for `party`, verified again under `rootPublicKey`; undefined when none verifies. */
export async function storedTrustList(db: HornbillDb, party: string, rootPublicKey: Uint8Array): Promise<TrustList | undefined> {
  const stored = await latestTrustList(db, party);
  const signed = stored === undefined ? undefined : parseBase64(stored.signed);
  const list = signed === undefined ? undefined : await verifyTrustList(signed, rootPublicKey);
  return list?.ok === true ? list.value : undefined;
}
