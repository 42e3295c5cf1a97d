// Ed25519 (RFC 8032) through WebCrypto where the platform has it, tweetnacl elsewhere (older Android
// WebViews). Private keys are 32-byte seeds. Signatures are deterministic, so both backends agree byte for byte.
import nacl from 'tweetnacl';
import { concatBytes, fromHex } from './bytes.ts';
import { randomBytes, webCryptoSubtle } from './webcrypto.ts';
import type { WebCryptoAlgorithm, WebCryptoSubtle } from './webcrypto.ts';

export interface Ed25519Backend {
  readonly name: 'webcrypto' | 'tweetnacl';
  publicKeyFromSeed(seed: Uint8Array): Promise<Uint8Array>;
  sign(seed: Uint8Array, message: Uint8Array): Promise<Uint8Array>;
  /** False, never a throw, for a wrong-length key or signature, a malformed point or a bad signature. */
  verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean>;
}

export const ED25519_SEED_LENGTH = 32;
export const ED25519_PUBLIC_KEY_LENGTH = 32;
export const ED25519_SIGNATURE_LENGTH = 64;

/** L, the order of the Ed25519 base point. */
const GROUP_ORDER = 2n ** 252n + 27742317777372353535851937790883648493n;

function assertSeed(seed: Uint8Array): void {
  if (seed.length !== ED25519_SEED_LENGTH) {
    throw new Error(`Ed25519: a private key seed must be ${ED25519_SEED_LENGTH} bytes, got ${seed.length}`);
  }
}

function hasVerifiableLengths(publicKey: Uint8Array, signature: Uint8Array): boolean {
  return publicKey.length === ED25519_PUBLIC_KEY_LENGTH && signature.length === ED25519_SIGNATURE_LENGTH;
}

/** RFC 8032 §5.1.7 rejects S >= L; tweetnacl does not check it, WebCrypto does, so check it here. */
function hasCanonicalScalar(signature: Uint8Array): boolean {
  let s = 0n;
  for (let i = ED25519_SIGNATURE_LENGTH - 1; i >= 32; i--) s = (s << 8n) | BigInt(signature[i] ?? 0);
  return s < GROUP_ORDER;
}

export const tweetnaclEd25519: Ed25519Backend = {
  name: 'tweetnacl',
  async publicKeyFromSeed(seed) {
    assertSeed(seed);
    return nacl.sign.keyPair.fromSeed(seed).publicKey;
  },
  async sign(seed, message) {
    assertSeed(seed);
    return nacl.sign.detached(message, nacl.sign.keyPair.fromSeed(seed).secretKey);
  },
  async verify(publicKey, message, signature) {
    if (!hasVerifiableLengths(publicKey, signature) || !hasCanonicalScalar(signature)) return false;
    return nacl.sign.detached.verify(message, signature, publicKey);
  },
};

const ED25519: WebCryptoAlgorithm = { name: 'Ed25519' };
/** PKCS#8 PrivateKeyInfo for Ed25519 (RFC 8410 §7) up to the 32-byte seed. */
const PKCS8_SEED_PREFIX = fromHex('302e020100300506032b657004220420');

function webCryptoBackend(subtle: WebCryptoSubtle): Ed25519Backend {
  const importSeed = (seed: Uint8Array, extractable: boolean) => {
    assertSeed(seed);
    return subtle.importKey('pkcs8', concatBytes(PKCS8_SEED_PREFIX, seed), ED25519, extractable, ['sign']);
  };
  return {
    name: 'webcrypto',
    async publicKeyFromSeed(seed) {
      // WebCrypto cannot derive a public CryptoKey from a private one: go through the JWK's "x".
      const { x } = await subtle.exportKey('jwk', await importSeed(seed, true));
      if (x === undefined) throw new Error('Ed25519: WebCrypto exported a private JWK without its public key');
      const publicKey = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x }, ED25519, true, ['verify']);
      return new Uint8Array(await subtle.exportKey('raw', publicKey));
    },
    async sign(seed, message) {
      return new Uint8Array(await subtle.sign(ED25519, await importSeed(seed, false), message));
    },
    async verify(publicKey, message, signature) {
      if (!hasVerifiableLengths(publicKey, signature)) return false;
      try {
        const key = await subtle.importKey('raw', publicKey, ED25519, false, ['verify']);
        return await subtle.verify(ED25519, key, signature, message);
      } catch {
        return false;
      }
    },
  };
}

/** The WebCrypto backend, or null when the platform lacks Ed25519 (found by one full derive/sign/verify trip). */
export async function webCryptoEd25519(): Promise<Ed25519Backend | null> {
  const subtle = webCryptoSubtle();
  if (subtle === undefined) return null;
  const backend = webCryptoBackend(subtle);
  try {
    const probeSeed = new Uint8Array(ED25519_SEED_LENGTH);
    const probeMessage = new Uint8Array(0);
    const publicKey = await backend.publicKeyFromSeed(probeSeed);
    const signature = await backend.sign(probeSeed, probeMessage);
    return (await backend.verify(publicKey, probeMessage, signature)) ? backend : null;
  } catch {
    return null;
  }
}

let selectedBackend: Promise<Ed25519Backend> | undefined;

/** WebCrypto when present, else tweetnacl; probed once per session. */
export function selectEd25519(): Promise<Ed25519Backend> {
  selectedBackend ??= webCryptoEd25519().then((backend) => backend ?? tweetnaclEd25519);
  return selectedBackend;
}

export async function ed25519PublicKey(seed: Uint8Array): Promise<Uint8Array> {
  return (await selectEd25519()).publicKeyFromSeed(seed);
}

export async function ed25519Sign(seed: Uint8Array, message: Uint8Array): Promise<Uint8Array> {
  return (await selectEd25519()).sign(seed, message);
}

export async function ed25519Verify(publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array): Promise<boolean> {
  return (await selectEd25519()).verify(publicKey, message, signature);
}

export function generateEd25519Seed(): Uint8Array {
  return randomBytes(ED25519_SEED_LENGTH);
}
