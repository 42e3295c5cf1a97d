// Audit-log figures (DESIGN §5, §11): verifying a device log of 100,000 entries against raw Ed25519, the three
// Ed25519 implementations side by side, entry size on the wire, and Merkle proofs in a 1,000,000-leaf tree.
import { gzipSync } from 'node:zlib';
import * as noble from '@noble/ed25519';
import { sha256 as nobleSha256, sha512 } from '@noble/hashes/sha2.js';
import { concatBytes, fromHex, toHex } from '../../src/core/crypto/bytes.ts';
import { CborTagged, encodeCbor } from '../../src/core/crypto/cbor.ts';
import { COSE_ALG_EDDSA, COSE_HEADER_ALG, COSE_HEADER_KID, COSE_SIGN1_TAG } from '../../src/core/crypto/cose-sign1.ts';
import { tweetnaclEd25519, webCryptoEd25519, type Ed25519Backend } from '../../src/core/crypto/ed25519.ts';
import { sha256 } from '../../src/core/crypto/sha256.ts';
import { createEntry, decodeEntry, encodeEntryPayload, entryId, type DecodedEntry } from '../../src/core/log/entry.ts';
import { GENESIS_PREV, type UnsignedEntry } from '../../src/core/log/entry-schema.ts';
import { leafHash } from '../../src/core/log/merkle-hash.ts';
import { verifyInclusion } from '../../src/core/log/merkle-proof.ts';
import { appendLeafHash, createMerkleTree, inclusionProof, merkleRoot } from '../../src/core/log/merkle-tree.ts';
import { verifyDeviceLog } from '../../src/core/log/verify-device-log.ts';
import { median, type BenchRow } from '../table.ts';

const LOG_ENTRIES = 100_000;
const BACKEND_VERIFIES = 500;
const MERKLE_LEAVES = 1_000_000;
const PROOF_SAMPLES = 1_000;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

/** PKCS#8 PrivateKeyInfo for Ed25519 (RFC 8410 §7) up to the 32-byte seed. */
const PKCS8_ED25519_SEED_PREFIX = fromHex('302e020100300506032b657004220420');

noble.hashes.sha512 = sha512;

/**
 * A device log of `count` entries by one officer, realistic sizes (an `altered` entry with a small diff).
 * Signed here with one imported WebCrypto key rather than createEntry, which imports the seed at every call
 * (fine for one entry, 50 s for 100,000); the first entry is checked byte for byte against createEntry.
 */
async function signedDeviceLog(count: number): Promise<{ entries: Uint8Array[]; publicKey: Uint8Array }> {
  const seed = new Uint8Array(32).fill(7);
  const kid = sha256(seed).slice(0, 8);
  const privateKey = await crypto.subtle.importKey('pkcs8', new Uint8Array(concatBytes(PKCS8_ED25519_SEED_PREFIX, seed)), 'Ed25519', false, ['sign']);
  const protectedBytes = encodeCbor(new Map<number, unknown>([[COSE_HEADER_ALG, COSE_ALG_EDDSA], [COSE_HEADER_KID, kid]]));
  const entries: Uint8Array[] = [];
  let prev = GENESIS_PREV;
  for (let seq = 0; seq < count; seq++) {
    const payload = encodeEntryPayload(entryAt(seq, prev));
    const toBeSigned = new Uint8Array(encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]));
    const signature = new Uint8Array(await crypto.subtle.sign('Ed25519', privateKey, toBeSigned));
    const bytes = encodeCbor(new CborTagged(COSE_SIGN1_TAG, [protectedBytes, new Map(), payload, signature]));
    entries.push(bytes);
    prev = entryId(bytes);
  }
  const reference = await createEntry(entryAt(0, GENESIS_PREV), { kid, seed });
  if (toHex(reference.bytes) !== toHex(entries[0] ?? new Uint8Array(0))) throw new Error('bench: the log fixture is not what createEntry writes');
  return { entries, publicKey: await tweetnaclEd25519.publicKeyFromSeed(seed) };
}

function entryAt(seq: number, prev: Uint8Array): UnsignedEntry {
  const at = T0 + seq * 1_000;
  return {
    v: 1,
    device: 'T3F',
    seq,
    prev,
    hlc: { wallMs: at, counter: 0 },
    wallTime: at,
    actor: 'wanjiru.k',
    role: 'officer',
    action: 'altered',
    permit: `3f2b8c1e-7d4a-4e5f-9a6b-${seq.toString(16).padStart(12, '0')}`,
    body: { field: 'lineItems.0.quantity', from: seq % 97, to: (seq % 97) + 2 },
  };
}

function decodeAll(entries: readonly Uint8Array[]): DecodedEntry[] {
  return entries.map((bytes) => {
    const decoded = decodeEntry(bytes);
    if (!decoded.ok) throw new Error(decoded.error.detail);
    return decoded.value;
  });
}

async function perSecond(count: number, run: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await run();
  return count / ((performance.now() - start) / 1000);
}

/** Sequential verifies of the same messages, as a log verifier does them. */
async function verifyRate(decoded: readonly DecodedEntry[], publicKey: Uint8Array, verify: Ed25519Backend['verify']): Promise<number> {
  return perSecond(decoded.length, async () => {
    for (const entry of decoded) {
      if (!(await verify(publicKey, entry.toBeSigned, entry.signature))) throw new Error('bench: a signature did not verify');
    }
  });
}

/** Passes over the same sample until a second has gone by, so that a fast backend is not timed on a blip. */
async function sustainedVerifyRate(decoded: readonly DecodedEntry[], publicKey: Uint8Array, verify: Ed25519Backend['verify']): Promise<number> {
  const start = performance.now();
  let passes = 0;
  do {
    await verifyRate(decoded, publicKey, verify);
    passes++;
  } while (performance.now() - start < 1000);
  return (passes * decoded.length) / ((performance.now() - start) / 1000);
}

/** xorshift32: the same "random" leaf indices in every run. */
function indices(count: number, below: number): number[] {
  let state = 0x9e3779b9;
  return Array.from({ length: count }, () => {
    state ^= state << 13;
    state ^= state >>> 17;
    state ^= state << 5;
    return (state >>> 0) % below;
  });
}

function microseconds(run: () => void): number {
  const start = performance.now();
  run();
  return (performance.now() - start) * 1000;
}

async function deviceLogRows(webCrypto: Ed25519Backend): Promise<BenchRow[]> {
  const signStart = performance.now();
  const { entries, publicKey } = await signedDeviceLog(LOG_ENTRIES);
  const signSeconds = (performance.now() - signStart) / 1000;
  const decoded = decodeAll(entries);
  const lookup = () => ({ publicKey, role: 'officer' as const, user: 'wanjiru.k', device: 'T3F', validAt: T0 });
  let verdictOk = false;
  const logRate = await perSecond(LOG_ENTRIES, async () => {
    verdictOk = (await verifyDeviceLog(entries, { device: 'T3F', lookup, verifySignature: webCrypto.verify })).ok;
  });
  if (!verdictOk) throw new Error('bench: the device log did not verify');
  const rawRate = await verifyRate(decoded, publicKey, webCrypto.verify);

  const sample = decoded.slice(0, BACKEND_VERIFIES);
  const nobleVerify: Ed25519Backend['verify'] = async (key, message, signature) => noble.verify(signature, message, key);
  const backendRows: BenchRow[] = [];
  const webCryptoRate = await sustainedVerifyRate(sample, publicKey, webCrypto.verify);
  for (const [name, verify] of [['WebCrypto', webCrypto.verify], ['tweetnacl', tweetnaclEd25519.verify], ['@noble/ed25519', nobleVerify]] as const) {
    const rate = name === 'WebCrypto' ? webCryptoRate : await sustainedVerifyRate(sample, publicKey, verify);
    backendRows.push({
      figure: `Ed25519 verify, ${name} (${BACKEND_VERIFIES.toLocaleString('en')} entry signatures)`,
      value: rate,
      unit: 'verifies/s',
      ...(name === 'WebCrypto' ? {} : { baseline: { label: 'WebCrypto', value: webCryptoRate } }),
    });
  }

  const batch = entries.slice(0, 1_000);
  const rawBytes = batch.reduce((sum, bytes) => sum + bytes.length, 0) / batch.length;
  return [
    {
      figure: `audit entry on the wire (gzip CBOR batch of ${batch.length.toLocaleString('en')})`,
      value: gzipSync(encodeCbor(batch)).length / batch.length,
      unit: 'B/entry',
      budget: { max: 300 },
      baseline: { label: 'raw COSE_Sign1', value: rawBytes },
    },
    {
      figure: `verify a device log of ${LOG_ENTRIES.toLocaleString('en')} entries`,
      value: logRate,
      unit: 'entries/s',
      baseline: { label: 'raw Ed25519 verifies, same count', value: rawRate },
      note: `decode + canonical check + schema + key lookup + signature + chain, one await per entry, WebCrypto; signing the log took ${signSeconds.toFixed(1)} s`,
    },
    ...backendRows,
  ];
}

function merkleRows(): BenchRow[] {
  const buildStart = performance.now();
  const tree = createMerkleTree();
  const leaf = new Uint8Array(32);
  for (let i = 0; i < MERKLE_LEAVES; i++) {
    new DataView(leaf.buffer).setUint32(0, i);
    appendLeafHash(tree, leafHash(leaf));
  }
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const root = merkleRoot(tree);
  const sampled = indices(PROOF_SAMPLES, MERKLE_LEAVES);
  const proofs: Uint8Array[][] = [];
  const generate = sampled.map((index) => microseconds(() => proofs.push(inclusionProof(tree, index, MERKLE_LEAVES))));
  const verify = sampled.map((index, i) => {
    new DataView(leaf.buffer).setUint32(0, index);
    const hash = leafHash(leaf);
    let ok = false;
    const us = microseconds(() => {
      ok = verifyInclusion(index, MERKLE_LEAVES, hash, proofs[i] ?? [], root).ok;
    });
    if (!ok) throw new Error(`bench: inclusion proof ${index} did not verify`);
    return us;
  });
  const depth = Math.ceil(Math.log2(MERKLE_LEAVES));
  const block = new Uint8Array(64);
  const baseline = median(sampled.map(() => microseconds(() => {
    for (let level = 0; level < depth; level++) nobleSha256(block);
  })));
  const label = `${depth} × SHA-256 of 64 B`;
  return [
    {
      figure: `Merkle inclusion proof, generate (1M leaves, median of ${PROOF_SAMPLES.toLocaleString('en')})`,
      value: median(generate),
      unit: 'µs',
      baseline: { label, value: baseline },
      note: `building the ${MERKLE_LEAVES.toLocaleString('en')}-leaf tree (JS SHA-256) took ${buildSeconds.toFixed(1)} s; root ${toHex(root).slice(0, 16)}…`,
    },
    {
      figure: `Merkle inclusion proof, verify (1M leaves, median of ${PROOF_SAMPLES.toLocaleString('en')})`,
      value: median(verify),
      unit: 'µs',
      baseline: { label, value: baseline },
    },
  ];
}

export async function auditLogRows(): Promise<BenchRow[]> {
  const webCrypto = await webCryptoEd25519();
  if (webCrypto === null) throw new Error('bench: this Node has no WebCrypto Ed25519');
  return [...(await deviceLogRows(webCrypto)), ...merkleRows()];
}
