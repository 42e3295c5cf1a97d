import { afterEach, describe, expect, it, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { fromHex, toHex, utf8ToBytes } from '../../../src/core/crypto/bytes.ts';
import {
  ed25519PublicKey,
  ed25519Sign,
  ed25519Verify,
  generateEd25519Seed,
  selectEd25519,
  tweetnaclEd25519,
  webCryptoEd25519,
} from '../../../src/core/crypto/ed25519.ts';
import type { Ed25519Backend } from '../../../src/core/crypto/ed25519.ts';

interface Rfc8032Vector {
  name: string;
  secret_key: string;
  public_key: string;
  message: string;
  signature: string;
}
interface NobleVector {
  priv: string;
  pub: string;
  msg: string;
  sig: string;
}

function readVector<T>(path: string): T {
  return JSON.parse(readFileSync(new URL(`../../vectors/${path}`, import.meta.url), 'utf8')) as T;
}

const rfc8032 = readVector<{ vectors: Rfc8032Vector[] }>('ed25519_rfc8032/rfc8032_section7.1_ed25519.json').vectors;
const noble = readVector<NobleVector[]>('ed25519_rfc8032/noble-ed25519_rfc8032-ed25519.json');
const vectors = [
  ...rfc8032.map((v) => ({ name: `RFC 8032 ${v.name}`, seed: v.secret_key, publicKey: v.public_key, message: v.message, signature: v.signature })),
  ...noble.map((v, i) => ({ name: `noble rfc8032-ed25519.json #${i + 1}`, seed: v.priv, publicKey: v.pub, message: v.msg, signature: v.sig })),
];

const webCrypto = await webCryptoEd25519();
const first = rfc8032[0];
if (first === undefined) throw new Error('RFC 8032 vector file is empty');
const test1 = { seed: fromHex(first.secret_key), publicKey: fromHex(first.public_key), signature: fromHex(first.signature) };

/** L, the Ed25519 group order, little-endian: S + L satisfies the verification equation but is not canonical. */
function withScalarPlusOrder(signature: Uint8Array): Uint8Array {
  const order = 2n ** 252n + 27742317777372353535851937790883648493n;
  let s = 0n;
  for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(signature[i] ?? 0);
  let sum = s + order;
  const out = signature.slice();
  for (let i = 32; i < 64; i++) {
    out[i] = Number(sum & 0xffn);
    sum >>= 8n;
  }
  return out;
}

function flipBit(bytes: Uint8Array, index: number): Uint8Array {
  const out = bytes.slice();
  out[index] = (out[index] ?? 0) ^ 1;
  return out;
}

describe('ed25519 backends', () => {
  it('Node 20 offers WebCrypto Ed25519, so both backends are under test', () => {
    expect(webCrypto?.name).toBe('webcrypto');
  });

  const backends: Ed25519Backend[] = webCrypto === null ? [tweetnaclEd25519] : [tweetnaclEd25519, webCrypto];

  describe.each(backends.map((backend) => [backend.name, backend] as const))('%s', (_name, backend) => {
    it.each(vectors.map((v) => [v.name, v] as const))('reproduces %s: public key, signature, verification', async (_vectorName, v) => {
      const seed = fromHex(v.seed);
      const message = fromHex(v.message);
      expect(toHex(await backend.publicKeyFromSeed(seed))).toBe(v.publicKey);
      expect(toHex(await backend.sign(seed, message))).toBe(v.signature);
      expect(await backend.verify(fromHex(v.publicKey), message, fromHex(v.signature))).toBe(true);
    });

    it('rejects a changed message, a changed signature and another key', async () => {
      const message = utf8ToBytes('permit 2026/KE/000123');
      const signature = await backend.sign(test1.seed, message);
      expect(await backend.verify(test1.publicKey, message, signature)).toBe(true);
      expect(await backend.verify(test1.publicKey, flipBit(message, 3), signature)).toBe(false);
      expect(await backend.verify(test1.publicKey, message, flipBit(signature, 10))).toBe(false);
      expect(await backend.verify(test1.publicKey, message, flipBit(signature, 40))).toBe(false);
      const otherKey = await backend.publicKeyFromSeed(new Uint8Array(32).fill(7));
      expect(await backend.verify(otherKey, message, signature)).toBe(false);
    });

    it('returns false, never throws, for wrong lengths, an off-curve key and a non-canonical S', async () => {
      const empty = new Uint8Array(0);
      expect(await backend.verify(test1.publicKey.subarray(0, 31), empty, test1.signature)).toBe(false);
      expect(await backend.verify(new Uint8Array(33), empty, test1.signature)).toBe(false);
      expect(await backend.verify(test1.publicKey, empty, test1.signature.subarray(0, 63))).toBe(false);
      expect(await backend.verify(test1.publicKey, empty, new Uint8Array(65))).toBe(false);
      const offCurve = new Uint8Array(32);
      offCurve[0] = 2; // y = 2 has no x on edwards25519
      expect(await backend.verify(offCurve, empty, test1.signature)).toBe(false);
      expect(await backend.verify(test1.publicKey, empty, withScalarPlusOrder(test1.signature))).toBe(false);
    });

    it('refuses to sign or derive with a seed that is not 32 bytes', async () => {
      await expect(backend.sign(new Uint8Array(31), new Uint8Array(0))).rejects.toThrow(/seed must be 32 bytes, got 31/);
      await expect(backend.sign(new Uint8Array(64), new Uint8Array(0))).rejects.toThrow(/seed must be 32 bytes, got 64/);
      await expect(backend.publicKeyFromSeed(new Uint8Array(0))).rejects.toThrow(/seed must be 32 bytes/);
    });
  });

  it('WebCrypto and tweetnacl give byte-identical keys and signatures and accept each other’s', async () => {
    if (webCrypto === null) throw new Error('WebCrypto Ed25519 missing on the test platform');
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ minLength: 32, maxLength: 32 }), fc.uint8Array({ maxLength: 600 }), async (seed, message) => {
        const publicKey = await tweetnaclEd25519.publicKeyFromSeed(seed);
        expect(toHex(await webCrypto.publicKeyFromSeed(seed))).toBe(toHex(publicKey));
        const signature = await tweetnaclEd25519.sign(seed, message);
        expect(toHex(await webCrypto.sign(seed, message))).toBe(toHex(signature));
        expect(await webCrypto.verify(publicKey, message, signature)).toBe(true);
      }),
      { numRuns: 60 },
    );
  });
});

describe('backend selection and convenience functions', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('selects WebCrypto where present, once', async () => {
    const selected = await selectEd25519();
    expect(selected.name).toBe('webcrypto');
    expect(await selectEd25519()).toBe(selected);
  });

  it('reports no WebCrypto backend without SubtleCrypto (insecure context) or without Ed25519 in it', async () => {
    const getRandomValues = <T extends Uint8Array>(array: T): T => array;
    vi.stubGlobal('crypto', { getRandomValues });
    expect(await webCryptoEd25519()).toBeNull();
    const unsupported = () => Promise.reject(new Error('NotSupportedError: Ed25519'));
    vi.stubGlobal('crypto', { getRandomValues, subtle: { importKey: unsupported, exportKey: unsupported, sign: unsupported, verify: unsupported } });
    expect(await webCryptoEd25519()).toBeNull();
  });

  it('signs, derives and verifies through the selected backend', async () => {
    const seed = generateEd25519Seed();
    expect(seed.length).toBe(32);
    expect(toHex(generateEd25519Seed())).not.toBe(toHex(seed));
    const message = utf8ToBytes('hornbill');
    const publicKey = await ed25519PublicKey(seed);
    const signature = await ed25519Sign(seed, message);
    expect(toHex(signature)).toBe(toHex(await tweetnaclEd25519.sign(seed, message)));
    expect(await ed25519Verify(publicKey, message, signature)).toBe(true);
    expect(await ed25519Verify(publicKey, utf8ToBytes('hornbilL'), signature)).toBe(false);
  });
});
