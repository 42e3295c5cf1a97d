import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { toBase64 } from '../../core/crypto/base64.ts';
import { ed25519Verify } from '../../core/crypto/ed25519.ts';
import { enrolmentProofMessage } from '../../core/trust/enrolment-proof.ts';
import type { KeyCertificate } from '../../core/trust/key-certificate.ts';
import type { Database } from '../store/database.ts';
import { retryOnConflict } from '../store/retry-on-conflict.ts';
import { findAuthority, type Authority } from './authority.ts';
import { insertDeviceWithFreeCode } from './device-codes.ts';
import { consumeEnrolmentChallenge } from './enrolment-challenges.ts';
import { identityError } from './identity-error.ts';
import { issueKeyCertificate } from './key-certificates.ts';
import type { RootSigner } from './root-signer.ts';
import { publishTrustList, type PublishedTrustList } from './trust-publisher.ts';
import { findUserById } from './users.ts';

/**
 * How long a device certificate is valid: one year. Long enough that a tablet offline for months keeps
 * signing; short enough that a tablet lost without anyone reporting it stops being trusted within a year.
 * Renewal is a new enrolment with a new key.
 */
export const DEVICE_CERTIFICATE_VALIDITY_MS = 365 * 24 * 60 * 60_000;
/**
 * A certificate is valid from this long before enrolment. Field tablets' clocks run days behind, and an
 * entry or permit they sign carries that clock: without the margin, everything a slow tablet signs in its
 * first days is "signed before the key existed" and refused for good. A key cannot sign before it exists,
 * so the margin only tolerates clock error; HQ flags the skew (clock-skew alert) all the same.
 */
export const DEVICE_CERTIFICATE_BACKDATE_MS = 30 * 24 * 60 * 60_000;

export interface DeviceEnrolmentRequest {
  readonly userId: string;
  readonly publicKey: Uint8Array;
  readonly nonce: Uint8Array;
  /** Ed25519 signature by `publicKey` over enrolmentProofMessage(party, user, publicKey, nonce). */
  readonly proof: Uint8Array;
  readonly label: string | null;
}

export interface EnrolledDevice {
  readonly device: { readonly id: string; readonly code: string };
  /** One per role the user holds, all for the same key. */
  readonly certificates: readonly KeyCertificate[];
  readonly trustList: PublishedTrustList;
  readonly authority: Authority;
}

/**
 * Enrols a device key for a user, all or nothing: checks the proof of possession, uses up the nonce, gives
 * the device a code, signs one certificate per role and publishes the next trust list. Any refusal (bad
 * proof, unknown or used nonce, removed user, key already enrolled) changes nothing.
 */
export async function enrolDevice(db: Kysely<Database>, signer: RootSigner, request: DeviceEnrolmentRequest, now: Date): Promise<EnrolledDevice> {
  const authority = await findAuthority(db);
  if (authority === undefined) throw identityError('no_authority', "no authority yet: run 'hornbill authority init' first");
  const message = enrolmentProofMessage({ party: signer.party, user: request.userId, publicKey: request.publicKey, nonce: request.nonce });
  if (!(await ed25519Verify(request.publicKey, message, request.proof))) {
    throw identityError('invalid_proof', 'the proof is not a signature by this public key over the enrolment message');
  }
  const { party, name, rootPublicKey, createdAt } = authority;
  return retryOnConflict(() =>
    db.transaction().execute(async (trx) => {
      const user = await findUserById(trx, request.userId);
      if (user === undefined) throw identityError('user_not_found', `no user with id ${request.userId}`);
      if (user.removedAt !== null) throw identityError('user_removed', `user '${user.username}' has been removed`);
      if (!(await consumeEnrolmentChallenge(trx, user.id, request.nonce, now))) {
        throw identityError('invalid_proof', 'the enrolment nonce is unknown, used or expired: ask for a new challenge');
      }
      const publicKey = toBase64(request.publicKey);
      const enrolled = await trx.selectFrom('devices').select('id').where('public_key', '=', publicKey).executeTakeFirst();
      if (enrolled !== undefined) throw identityError('key_already_enrolled', 'this public key is enrolled already: generate a new key on the device');
      const id = randomUUID();
      const at = now.toISOString();
      const code = await insertDeviceWithFreeCode(trx, {
        id,
        user_id: user.id,
        public_key: publicKey,
        label: request.label,
        enrolled_at: at,
        last_seen_at: at,
        revoked_at: null,
        revocation_reason: null,
      });
      const certificates: KeyCertificate[] = [];
      for (const role of user.roles) {
        const body = { role, user: user.id, device: code, publicKey: request.publicKey, notBefore: now.getTime() - DEVICE_CERTIFICATE_BACKDATE_MS, notAfter: now.getTime() + DEVICE_CERTIFICATE_VALIDITY_MS };
        certificates.push(await issueKeyCertificate(trx, signer, body, now));
      }
      const trustList = await publishTrustList(trx, signer, now);
      return { device: { id, code }, certificates, trustList, authority: { party, name, rootPublicKey, createdAt } };
    }),
  );
}
