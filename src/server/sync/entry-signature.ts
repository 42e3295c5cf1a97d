// Ed25519 verification of entry signatures for HQ ingest, through node:crypto with the public key imported
// once per key rather than once per signature (core's WebCrypto path imports it every time). Same OpenSSL
// verification as Node's WebCrypto, so the same answers: false, never a throw, for a wrong-length key or
// signature, a key that is not a point, a non-canonical S or a signature that does not verify.
import { createPublicKey, verify, type KeyObject } from 'node:crypto';
import { ED25519_PUBLIC_KEY_LENGTH, ED25519_SIGNATURE_LENGTH } from '../../core/crypto/ed25519.ts';
import { toHex } from '../../core/crypto/bytes.ts';

export type SignatureVerifier = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => Promise<boolean>;

/** A verifier that keeps the keys it imported; make one per batch (a device has a few keys). */
export function createSignatureVerifier(): SignatureVerifier {
  const imported = new Map<string, KeyObject | undefined>();
  return (publicKey, message, signature) => {
    if (publicKey.length !== ED25519_PUBLIC_KEY_LENGTH || signature.length !== ED25519_SIGNATURE_LENGTH) return Promise.resolve(false);
    const hex = toHex(publicKey);
    if (!imported.has(hex)) imported.set(hex, importPublicKey(publicKey));
    const key = imported.get(hex);
    if (key === undefined) return Promise.resolve(false);
    // The callback form runs on libuv's thread pool: a batch's signatures are checked in parallel.
    return new Promise((resolve) => {
      verify(null, message, key, signature, (error, valid) => resolve(error === null && valid));
    });
  };
}

function importPublicKey(publicKey: Uint8Array): KeyObject | undefined {
  try {
    return createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: Buffer.from(publicKey).toString('base64url') }, format: 'jwk' });
  } catch {
    return undefined;
  }
}
