// Typed access to globalThis.crypto. Core compiles against lib ES2022 without DOM types, so the subset
// it uses is declared here: browsers and Node 20 both provide it.

/** An opaque WebCrypto CryptoKey: core only passes it back to SubtleCrypto. */
export interface WebCryptoKey {
  readonly type: string;
  readonly extractable: boolean;
}

export interface WebCryptoKeyPair {
  readonly publicKey: WebCryptoKey;
  readonly privateKey: WebCryptoKey;
}

/** An algorithm identifier with its parameters, e.g. `{ name: 'AES-GCM', iv }`. */
export interface WebCryptoAlgorithm {
  readonly name: string;
  readonly [parameter: string]: unknown;
}

export interface WebCryptoJwk {
  readonly kty?: string;
  readonly crv?: string;
  readonly x?: string;
  readonly d?: string;
  readonly [member: string]: unknown;
}

export type WebCryptoKeyUsage = 'encrypt' | 'decrypt' | 'sign' | 'verify' | 'deriveKey' | 'deriveBits' | 'wrapKey' | 'unwrapKey';

export interface WebCryptoSubtle {
  importKey(format: 'raw' | 'pkcs8' | 'spki', keyData: Uint8Array, algorithm: WebCryptoAlgorithm, extractable: boolean, usages: readonly WebCryptoKeyUsage[]): Promise<WebCryptoKey>;
  importKey(format: 'jwk', keyData: WebCryptoJwk, algorithm: WebCryptoAlgorithm, extractable: boolean, usages: readonly WebCryptoKeyUsage[]): Promise<WebCryptoKey>;
  exportKey(format: 'raw' | 'pkcs8' | 'spki', key: WebCryptoKey): Promise<ArrayBuffer>;
  exportKey(format: 'jwk', key: WebCryptoKey): Promise<WebCryptoJwk>;
  generateKey(algorithm: WebCryptoAlgorithm, extractable: boolean, usages: readonly WebCryptoKeyUsage[]): Promise<WebCryptoKey | WebCryptoKeyPair>;
  sign(algorithm: WebCryptoAlgorithm, key: WebCryptoKey, data: Uint8Array): Promise<ArrayBuffer>;
  verify(algorithm: WebCryptoAlgorithm, key: WebCryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean>;
}

export interface WebCrypto {
  getRandomValues<T extends Uint8Array>(array: T): T;
  /** Absent outside secure contexts (a page served over plain http from a LAN address). */
  readonly subtle?: WebCryptoSubtle;
}

// The single cast from the untyped global: everything else goes through these accessors.
const platform = globalThis as unknown as { readonly crypto?: WebCrypto };

export function webCrypto(): WebCrypto {
  const crypto = platform.crypto;
  if (crypto === undefined) throw new Error('WebCrypto: globalThis.crypto is not available on this platform');
  return crypto;
}

/** SubtleCrypto, or undefined where the platform withholds it (insecure context). */
export function webCryptoSubtle(): WebCryptoSubtle | undefined {
  return platform.crypto?.subtle;
}

/** getRandomValues fills at most 65,536 bytes per call. */
const MAX_RANDOM_CHUNK = 65_536;

export function randomBytes(length: number): Uint8Array {
  if (!Number.isSafeInteger(length) || length < 0) throw new Error(`randomBytes: length must be a non-negative integer, got ${length}`);
  const out = new Uint8Array(length);
  const crypto = webCrypto();
  for (let offset = 0; offset < length; offset += MAX_RANDOM_CHUNK) {
    crypto.getRandomValues(out.subarray(offset, Math.min(length, offset + MAX_RANDOM_CHUNK)));
  }
  return out;
}
