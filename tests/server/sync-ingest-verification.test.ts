// Ingest checks signatures before the sequencer lock (ingest-prepare.ts) with its own node:crypto verifier:
// it must answer as core's Ed25519 does, and a signature prepared under another key than the one the locked
// lookup finds must be checked again, so no entry gets through on a stale preparation.
import { describe, expect, it } from 'vitest';
import { ed25519PublicKey, ed25519Sign, ed25519Verify } from '../../src/core/crypto/ed25519.ts';
import { startDeviceChain } from '../../src/core/log/device-chain.ts';
import { createEntry, type SignedEntry } from '../../src/core/log/entry.ts';
import type { KeyCertificate } from '../../src/core/trust/key-certificate.ts';
import { createSignatureVerifier } from '../../src/server/sync/entry-signature.ts';
import type { HqKeyLookup } from '../../src/server/sync/hq-key-lookup.ts';
import { checkBatch } from '../../src/server/sync/ingest-check.ts';
import { prepareEntries, type PreparedEntry } from '../../src/server/sync/ingest-prepare.ts';

const DEVICE = 'T-0001';
const KID = new Uint8Array(8).fill(7);
const L = 2n ** 252n + 27742317777372353535851937790883648493n;

function seedOf(byte: number): Uint8Array {
  return new Uint8Array(32).fill(byte);
}

function loginEntry(seed: Uint8Array, kid = KID): Promise<SignedEntry> {
  return createEntry(
    { v: 1, device: DEVICE, seq: 0, prev: new Uint8Array(32), hlc: { wallMs: 1_000, counter: 0 }, wallTime: 1_000, actor: 'u-1', role: 'officer', action: 'login', permit: null, body: {} },
    { kid, seed },
  );
}

/** The signature with S + L in place of S: the same point equation, but not canonical (RFC 8032 §5.1.7). */
function withNonCanonicalScalar(signature: Uint8Array): Uint8Array {
  let s = 0n;
  for (let i = 63; i >= 32; i--) s = (s << 8n) | BigInt(signature[i] ?? 0);
  let t = s + L;
  const out = signature.slice();
  for (let i = 32; i < 64; i++) {
    out[i] = Number(t & 0xffn);
    t >>= 8n;
  }
  return out;
}

function lookupAnswering(publicKey: Uint8Array): HqKeyLookup {
  return () => ({ ok: true, key: { publicKey, role: 'officer', user: 'u-1', device: DEVICE, validAt: 1_000 } });
}

function certificate(publicKey: Uint8Array): Pick<KeyCertificate, 'kid' | 'publicKey'> {
  return { kid: KID, publicKey };
}

describe('the ingest signature verifier', () => {
  it('answers as core Ed25519 does for good, altered, non-canonical and wrong-length signatures and bad keys', async () => {
    const seed = seedOf(1);
    const publicKey = await ed25519PublicKey(seed);
    const otherKey = await ed25519PublicKey(seedOf(2));
    const message = new TextEncoder().encode('an entry to be signed');
    const signature = await ed25519Sign(seed, message);
    const flipped = signature.slice();
    flipped[5] = (flipped[5] ?? 0) ^ 1;
    const cases: [string, Uint8Array, Uint8Array, Uint8Array][] = [
      ['good', publicKey, message, signature],
      ['another key', otherKey, message, signature],
      ['another message', publicKey, new TextEncoder().encode('another'), signature],
      ['a flipped bit', publicKey, message, flipped],
      ['S + L', publicKey, message, withNonCanonicalScalar(signature)],
      ['a short signature', publicKey, message, signature.slice(0, 63)],
      ['a short key', publicKey.slice(0, 31), message, signature],
      ['a key that is no point', new Uint8Array(32).fill(0xff), message, signature],
      ['all zero', new Uint8Array(32), message, new Uint8Array(64)],
    ];
    const verify = createSignatureVerifier();
    const answers = await Promise.all(cases.map(async ([label, key, data, sig]) => [label, await verify(key, data, sig), await ed25519Verify(key, data, sig)] as const));
    for (const [label, ours, core] of answers) expect({ label, ours }).toEqual({ label, ours: core });
    expect(answers.filter(([, ours]) => ours).map(([label]) => label)).toEqual(['good']);
  });
});

/** HQ's certificates: these for DEVICE, none for any other device. */
function certificatesOfDevice(certificates: readonly ReturnType<typeof certificate>[]) {
  return (device: string) => Promise.resolve(device === DEVICE ? certificates : []);
}

describe('signatures prepared before the lock', () => {
  async function check(entries: readonly PreparedEntry[], lookup: HqKeyLookup) {
    return checkBatch({ device: DEVICE, entries, chain: startDeviceChain(DEVICE), held: new Set(), heldIdAtSeq: () => Promise.resolve(undefined), lookup, verify: createSignatureVerifier() });
  }

  it('accepts an entry whose signature was verified under the key the lookup answers', async () => {
    const seed = seedOf(3);
    const publicKey = await ed25519PublicKey(seed);
    const prepared = await prepareEntries([(await loginEntry(seed)).bytes], certificatesOfDevice([certificate(publicKey)]), createSignatureVerifier());
    expect(prepared[0]?.verified).toEqual({ publicKey, valid: true });
    const checked = await check(prepared, lookupAnswering(publicKey));
    expect(checked.rejected).toEqual([]);
    expect(checked.accepted).toHaveLength(1);
  });

  it('checks again, and refuses, a signature prepared as valid under another key than the lookup answers', async () => {
    const signer = seedOf(4);
    const signerKey = await ed25519PublicKey(signer);
    const certifiedKey = await ed25519PublicKey(seedOf(5));
    const prepared = await prepareEntries([(await loginEntry(signer)).bytes], certificatesOfDevice([certificate(signerKey)]), createSignatureVerifier());
    expect(prepared[0]?.verified?.valid).toBe(true);
    const checked = await check(prepared, lookupAnswering(certifiedKey));
    expect(checked.accepted).toEqual([]);
    expect(checked.rejected.map(({ code }) => code)).toEqual(['signature.invalid']);
  });

  it('verifies under the lookup a signature that could not be prepared (no certificate yet), and accepts a good one', async () => {
    const seed = seedOf(6);
    const publicKey = await ed25519PublicKey(seed);
    const prepared = await prepareEntries([(await loginEntry(seed)).bytes], certificatesOfDevice([]), createSignatureVerifier());
    expect(prepared[0]?.verified).toBeUndefined();
    expect((await check(prepared, lookupAnswering(publicKey))).accepted).toHaveLength(1);
    expect((await check(prepared, lookupAnswering(await ed25519PublicKey(seedOf(7))))).rejected.map(({ code }) => code)).toEqual(['signature.invalid']);
  });

  it('refuses a prepared bad signature with signature.invalid, and the rest of the batch after it', async () => {
    const seed = seedOf(8);
    const publicKey = await ed25519PublicKey(seed);
    const forged = await loginEntry(seedOf(9));
    const prepared = await prepareEntries([forged.bytes, new Uint8Array([0xd2, 0x84, 0x40])], certificatesOfDevice([certificate(publicKey)]), createSignatureVerifier());
    expect(prepared[0]?.verified).toEqual({ publicKey, valid: false });
    const checked = await check(prepared, lookupAnswering(publicKey));
    expect(checked.rejected.map(({ index, code }) => [index, code])).toEqual([[0, 'signature.invalid'], [1, 'chain.after-rejected']]);
  });

  it('decodes each entry once and leaves malformed entries and entries of devices without certificates unverified', async () => {
    const seed = seedOf(10);
    const publicKey = await ed25519PublicKey(seed);
    const foreign = await createEntry(
      { v: 1, device: 'T-0002', seq: 0, prev: new Uint8Array(32), hlc: { wallMs: 1_000, counter: 0 }, wallTime: 1_000, actor: 'u-1', role: 'officer', action: 'login', permit: null, body: {} },
      { kid: KID, seed },
    );
    const prepared = await prepareEntries([new Uint8Array([1, 2, 3]), foreign.bytes], certificatesOfDevice([certificate(publicKey)]), createSignatureVerifier());
    expect(prepared.map((entry) => [entry.decoded.ok, entry.verified])).toEqual([[false, undefined], [true, undefined]]);
    const checked = await check(prepared, lookupAnswering(publicKey));
    expect(checked.rejected.map(({ code }) => code)).toEqual(['entry.malformed', 'chain.after-rejected']);
    expect((await check(prepared.slice(1), lookupAnswering(publicKey))).rejected.map(({ code }) => code)).toEqual(['entry.wrong-device']);
  });
});
