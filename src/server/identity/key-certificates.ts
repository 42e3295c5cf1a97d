import type { Kysely } from 'kysely';
import { toBase64 } from '../../core/crypto/base64.ts';
import { toHex } from '../../core/crypto/bytes.ts';
import { signKeyCertificate, type KeyCertificate } from '../../core/trust/key-certificate.ts';
import type { CertificateBody } from '../../core/trust/schemas.ts';
import type { Database } from '../store/database.ts';
import type { RootSigner } from './root-signer.ts';

/**
 * Signs a certificate for a user's device key and stores it; the next published trust list carries it.
 * `user` in the certificate is the user's id.
 */
export async function issueKeyCertificate(
  db: Kysely<Database>,
  signer: RootSigner,
  body: Omit<CertificateBody, 'party'>,
  now: Date,
): Promise<KeyCertificate> {
  const certificate = await signKeyCertificate(signer.seed, { ...body, party: signer.party });
  await db
    .insertInto('key_certificates')
    .values({ kid: toHex(certificate.kid), user_id: body.user, device: body.device, signed: toBase64(certificate.signed), created_at: now.toISOString() })
    .execute();
  return certificate;
}
