// The signing key for `hornbill permit print --key FILE`: a JSON file {"seed": hex, "certificate": base64}
// with the device's 32-byte Ed25519 seed and its signed key certificate (as in the trust list). The kid is
// recomputed from the certificate, and the seed must belong to the certificate's public key.
import { z } from 'zod';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { bytesEqual, fromHex } from '../../core/crypto/bytes.ts';
import { ed25519PublicKey } from '../../core/crypto/ed25519.ts';
import type { PermitQrSigner } from '../../core/qr/encode-permit-qr.ts';
import { openCoseDocument } from '../../core/trust/cose-document.ts';
import { kidOf } from '../../core/trust/key-certificate.ts';
import { certificateBodySchema } from '../../core/trust/schemas.ts';

const keyFileSchema = z.strictObject({
  seed: z.string().regex(/^[0-9a-f]{64}$/i, 'seed must be 64 hex digits'),
  certificate: z.string().min(1),
});

export async function signerFromKeyFile(json: unknown): Promise<{ ok: true; signer: PermitQrSigner } | { ok: false; reason: string }> {
  const parsed = keyFileSchema.safeParse(json);
  if (!parsed.success) return { ok: false, reason: parsed.error.issues[0]?.message ?? 'not a key file' };
  const certificateBytes = parseBase64(parsed.data.certificate);
  if (certificateBytes === undefined) return { ok: false, reason: 'certificate is not base64' };
  const opened = openCoseDocument(certificateBytes, 'key certificate');
  if (!opened.ok) return { ok: false, reason: opened.reason };
  const body = certificateBodySchema.safeParse(opened.value.payload);
  if (!body.success) return { ok: false, reason: `key certificate: ${body.error.issues[0]?.message ?? 'invalid body'}` };
  const seed = fromHex(parsed.data.seed.toLowerCase());
  if (!bytesEqual(await ed25519PublicKey(seed), body.data.publicKey)) return { ok: false, reason: "the seed does not belong to the certificate's public key" };
  return { ok: true, signer: { seed, kid: kidOf(body.data) } };
}
