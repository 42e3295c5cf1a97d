// A device enrolled at HQ from Node, with the same requests the app's sign-in makes (session, challenge,
// proof of possession): its device key stays in the test's hands to sign entries, QR codes or sync requests.
import { changeHqPassword, enrolDeviceKey, requestEnrolmentChallenge, startHqSession, type Fetch } from '../../src/app/auth/hq-api.ts';
import { parseBase64, toBase64 } from '../../src/core/crypto/base64.ts';
import { ed25519PublicKey, ed25519Sign, generateEd25519Seed } from '../../src/core/crypto/ed25519.ts';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import type { PermitQrSigner } from '../../src/core/qr/encode-permit-qr.ts';
import { enrolmentProofMessage } from '../../src/core/trust/enrolment-proof.ts';
import { verifyKeyCertificate } from '../../src/core/trust/key-certificate.ts';

/** fetch against HQ that keeps the session cookie, as the browser would. */
export function hqFetch(baseUrl: string): Fetch {
  let cookie = '';
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie !== '') headers.set('cookie', cookie);
    const response = await fetch(`${baseUrl}${String(input)}`, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set !== null) cookie = set.split(';')[0] ?? '';
    return response;
  };
}

export interface EnrolledDevice {
  /** The device key and the kid of the user's certificate for the role asked for. */
  readonly signer: PermitQrSigner;
  readonly deviceCode: string;
}

/**
 * Signs `username` in with their one-time password (changing it to `newPassword` when HQ asks), enrols a new
 * device key, and returns it with the kid of the certificate HQ issued for `role`.
 */
export async function enrolDeviceFromNode(baseUrl: string, username: string, oneTimePassword: string, role: Role, newPassword = 'Amboseli-before-the-rain'): Promise<EnrolledDevice> {
  const fetchFn = hqFetch(baseUrl);
  const session = await startHqSession(fetchFn, username, oneTimePassword);
  if (session.user.mustChangePassword) await changeHqPassword(fetchFn, oneTimePassword, newPassword);
  const seed = generateEd25519Seed();
  const publicKey = await ed25519PublicKey(seed);
  const challenge = await requestEnrolmentChallenge(fetchFn);
  const nonce = parseBase64(challenge.nonce) ?? new Uint8Array();
  const proof = await ed25519Sign(seed, enrolmentProofMessage({ party: challenge.party, user: session.user.id, publicKey, nonce }));
  const answer = await enrolDeviceKey(fetchFn, { publicKey: toBase64(publicKey), nonce: challenge.nonce, proof: toBase64(proof) });
  const rootKey = parseBase64(answer.authority.rootPublicKey) ?? new Uint8Array();
  for (const signed of answer.certificates) {
    const certificate = await verifyKeyCertificate(parseBase64(signed) ?? new Uint8Array(), rootKey);
    if (certificate.ok && certificate.value.role === role) return { signer: { seed, kid: certificate.value.kid }, deviceCode: answer.device.code };
  }
  throw new Error(`HQ issued no ${role} certificate to ${username}`);
}
