// First sign-in on a tablet: the device key is generated here and never leaves it; HQ sees only the public
// key and a proof of possession. Everything HQ sends back is verified against the root key it names before
// anything is stored, and the user confirms that root key by its fingerprint. Loaded on demand: it carries
// the COSE/CBOR verification code, which the offline sign-in does not need.
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';
import { bytesEqual } from '../../core/crypto/bytes.ts';
import { ED25519_PUBLIC_KEY_LENGTH, ed25519PublicKey, ed25519Sign, generateEd25519Seed } from '../../core/crypto/ed25519.ts';
import { enrolmentProofMessage } from '../../core/trust/enrolment-proof.ts';
import { rootKeyFingerprint } from '../../core/trust/fingerprint.ts';
import { verifyKeyCertificate } from '../../core/trust/key-certificate.ts';
import { verifyTrustList } from '../../core/trust/verify-trust-list.ts';
import type { HornbillDb } from '../db/database.ts';
import { claimUnownedPermits } from '../db/permits.ts';
import { accountRecordSchema, keyOwner, noFailedAttempts, type AccountRecord } from './account-record.ts';
import { wrapDeviceKey } from './device-key-wrap.ts';
import { enrolDeviceKey, requestEnrolmentChallenge, type Fetch, type HqUser } from './hq-api.ts';
import { userFromAccount } from './sign-in-on-device.ts';
import type { SignedInUser } from './signed-in-user.ts';
import { trustListRow } from './trust-lists.ts';

/** HQ's enrolment answer did not verify: nothing was stored. */
export class EnrolmentRefused extends Error {
  override readonly name = 'EnrolmentRefused';
}

export interface Enrolment {
  readonly user: SignedInUser;
  readonly rootKeyFingerprint: string;
  /** How many drafts from before device identity this user took over (first user on the device only). */
  readonly claimedDrafts: number;
}

function decoded(base64: string, what: string): Uint8Array {
  const bytes = parseBase64(base64);
  if (bytes === undefined) throw new EnrolmentRefused(`${what} is not base64`);
  return bytes;
}

export async function enrolThisDevice(
  fetchFn: Fetch,
  db: HornbillDb,
  options: { user: HqUser; password: string; autoLockMinutes: number; now: Date },
): Promise<Enrolment> {
  const { user, password, autoLockMinutes, now } = options;
  const seed = generateEd25519Seed();
  const publicKey = await ed25519PublicKey(seed);
  const challenge = await requestEnrolmentChallenge(fetchFn);
  if (challenge.user !== user.id) throw new EnrolmentRefused('the challenge is for another user');
  const nonce = decoded(challenge.nonce, 'the nonce');
  const proof = await ed25519Sign(seed, enrolmentProofMessage({ party: challenge.party, user: user.id, publicKey, nonce }));
  const answer = await enrolDeviceKey(fetchFn, { publicKey: toBase64(publicKey), nonce: challenge.nonce, proof: toBase64(proof) });

  const rootKey = decoded(answer.authority.rootPublicKey, 'the root key');
  if (rootKey.length !== ED25519_PUBLIC_KEY_LENGTH) throw new EnrolmentRefused('the root key is not an Ed25519 public key');
  if (answer.authority.party !== challenge.party) throw new EnrolmentRefused('the authority is not the one that gave the challenge');
  const signedTrustList = decoded(answer.trustList, 'the trust list');
  const trustList = await verifyTrustList(signedTrustList, rootKey);
  if (!trustList.ok) throw new EnrolmentRefused(trustList.reason);
  if (trustList.value.party !== challenge.party) throw new EnrolmentRefused('the trust list is for another Party');
  if (answer.certificates.length === 0) throw new EnrolmentRefused('no key certificate was issued');
  for (const [index, signed] of answer.certificates.entries()) {
    const certificate = await verifyKeyCertificate(decoded(signed, `certificate ${index}`), rootKey);
    if (!certificate.ok) throw new EnrolmentRefused(certificate.reason);
    const { value } = certificate;
    const listed = trustList.value.certificates.some((entry) => bytesEqual(entry.kid, value.kid));
    if (!bytesEqual(value.publicKey, publicKey) || value.user !== user.id || value.device !== answer.device.code || value.party !== challenge.party || !listed) {
      throw new EnrolmentRefused(`certificate ${index} is not for this user, key and device, or is not in the trust list`);
    }
  }

  const identity = { userId: user.id, deviceId: answer.device.id };
  const account: AccountRecord = accountRecordSchema.parse({
    ...identity,
    username: user.username,
    displayName: user.displayName,
    roles: user.roles,
    party: answer.authority.party,
    authorityName: answer.authority.name,
    deviceCode: answer.device.code,
    wrappedKey: await wrapDeviceKey({ seed, password, owner: keyOwner(identity) }),
    certificates: answer.certificates,
    rootPublicKey: answer.authority.rootPublicKey,
    autoLockMinutes,
    failedAttempts: noFailedAttempts,
    enrolledAt: now.toISOString(),
  });
  const claimedDrafts = await db.transaction('rw', [db.accounts, db.trustLists, db.permits], async () => {
    const firstOnDevice = (await db.accounts.count()) === 0;
    await db.accounts.put(account);
    await db.trustLists.put(trustListRow(trustList.value, signedTrustList, null, now));
    return firstOnDevice ? claimUnownedPermits(db, user.id) : 0;
  });
  return { user: userFromAccount(account, seed), rootKeyFingerprint: rootKeyFingerprint(rootKey), claimedDrafts };
}
