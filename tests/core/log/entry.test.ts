import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { gzipSync } from 'node:zlib';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { CborTagged, decodeCbor, encodeCbor } from '../../../src/core/crypto/cbor.ts';
import { tweetnaclEd25519 } from '../../../src/core/crypto/ed25519.ts';
import { sha256 } from '../../../src/core/crypto/sha256.ts';
import { createEntry, decodeEntry, encodeEntryPayload, MAX_ENTRY_BYTES } from '../../../src/core/log/entry.ts';
import { GENESIS_PREV, type UnsignedEntry } from '../../../src/core/log/entry-schema.ts';
import { LOG_ERROR_MESSAGES } from '../../../src/core/log/log-error.ts';
import { PERMIT_ID, T0, testHolder } from './audit-log-fixtures.ts';

const holder = await testHolder(7, 'T3F', 'wanjiru.k', 'officer');

const unsigned: UnsignedEntry = {
  v: 1,
  device: 'T3F',
  seq: 41,
  prev: new Uint8Array(32).fill(0xab),
  hlc: { wallMs: T0, counter: 2 },
  wallTime: T0 - 1500,
  actor: 'wanjiru.k',
  role: 'officer',
  action: 'altered',
  permit: PERMIT_ID,
  body: { field: 'lineItems.0.quantity', from: 10, to: 12 },
};

function expectRefused(bytes: Uint8Array, code: string) {
  const decoded = decodeEntry(bytes);
  expect(decoded.ok).toBe(false);
  if (!decoded.ok) expect(decoded.error.code, decoded.error.detail).toBe(code);
}

/** The four COSE_Sign1 items of a signed entry, to rebuild it with one item changed. */
function coseParts(bytes: Uint8Array): unknown[] {
  const tagged = decodeCbor(bytes, { tags: [18] });
  if (!(tagged instanceof CborTagged) || !Array.isArray(tagged.value)) throw new Error('not COSE');
  return [...(tagged.value as unknown[])];
}

async function resign(parts: unknown[], payload: Uint8Array): Promise<Uint8Array> {
  const [protectedBytes] = parts;
  const toBeSigned = encodeCbor(['Signature1', protectedBytes, new Uint8Array(0), payload]);
  const signature = await tweetnaclEd25519.sign(holder.key.seed, toBeSigned);
  return encodeCbor(new CborTagged(18, [protectedBytes, new Map(), payload, signature]));
}

describe('audit entry', () => {
  it('round-trips through createEntry and decodeEntry, id = SHA-256 of the signed bytes', async () => {
    const signed = await createEntry(unsigned, holder.key);
    expect(toHex(signed.id)).toBe(toHex(sha256(signed.bytes)));
    const decoded = decodeEntry(signed.bytes);
    expect(decoded.ok).toBe(true);
    if (!decoded.ok) return;
    expect(decoded.value.entry).toEqual(unsigned);
    expect(toHex(decoded.value.kid)).toBe(toHex(holder.key.kid));
    expect(await tweetnaclEd25519.verify(holder.certified.publicKey, decoded.value.toBeSigned, decoded.value.signature)).toBe(true);
  });

  it('is deterministic and starts with the COSE_Sign1 tag and the {1: -8, 4: kid} protected header', async () => {
    const a = await createEntry(unsigned, holder.key);
    const b = await createEntry(unsigned, holder.key);
    expect(toHex(a.bytes)).toBe(toHex(b.bytes));
    expect(toHex(a.bytes.subarray(0, 17))).toBe(`d2844da2012704485d5d5d5d5d5d5d5da0`);
  });

  it('stays within the sync budget: about 260 bytes raw, under 300 gzipped alone, far less in a batch', async () => {
    const signed = await createEntry(unsigned, holder.key);
    expect(signed.bytes.length).toBeLessThan(270);
    expect(gzipSync(signed.bytes).length).toBeLessThanOrEqual(300);
    const batch: Uint8Array[] = [];
    for (let seq = 0; seq < 100; seq++) batch.push((await createEntry({ ...unsigned, seq, hlc: { wallMs: T0 + seq, counter: 0 } }, holder.key)).bytes);
    expect(gzipSync(encodeCbor(batch)).length / batch.length).toBeLessThan(200);
  });

  it('requires a permit for permit actions and none for the others', async () => {
    await expect(createEntry({ ...unsigned, permit: null }, holder.key)).rejects.toThrow(/permit/);
    await expect(createEntry({ ...unsigned, action: 'login' }, holder.key)).rejects.toThrow(/permit/);
    const login = await createEntry({ ...unsigned, action: 'login', permit: null, body: {} }, holder.key);
    expect(decodeEntry(login.bytes).ok).toBe(true);
  });

  it('refuses to sign a malformed entry or with a kid of the wrong length', async () => {
    await expect(createEntry({ ...unsigned, prev: new Uint8Array(31) }, holder.key)).rejects.toThrow();
    await expect(createEntry({ ...unsigned, seq: -1 }, holder.key)).rejects.toThrow();
    await expect(createEntry(unsigned, { ...holder.key, kid: new Uint8Array(7) })).rejects.toThrow(/kid/);
    await expect(createEntry({ ...unsigned, body: { x: undefined } as unknown as UnsignedEntry['body'] }, holder.key)).rejects.toThrow();
  });

  it('keeps the genesis prev as 32 zero bytes', () => {
    expect(toHex(GENESIS_PREV)).toBe('00'.repeat(32));
  });

  it('refuses bytes that are not a tagged COSE_Sign1', async () => {
    const signed = await createEntry(unsigned, holder.key);
    expectRefused(new Uint8Array(0), 'entry.not-cose');
    expectRefused(signed.bytes.subarray(1), 'entry.not-cose');
    expectRefused(signed.bytes.subarray(0, signed.bytes.length - 1), 'entry.not-cose');
    expectRefused(encodeCbor(coseParts(signed.bytes)), 'entry.not-cose');
    expectRefused(encodeCbor(new CborTagged(18, coseParts(signed.bytes).slice(0, 3))), 'entry.not-cose');
    const [p, u, payload] = coseParts(signed.bytes);
    expectRefused(encodeCbor(new CborTagged(18, [p, u, payload, new Uint8Array(63)])), 'entry.not-cose');
  });

  it('refuses trailing bytes and non-canonical encodings', async () => {
    const signed = await createEntry(unsigned, holder.key);
    const trailing = new Uint8Array([...signed.bytes, 0]);
    expectRefused(trailing, 'entry.not-cose');
    // The same array with a 1-byte length head where none is needed (0x98 0x04 instead of 0x84).
    const longHead = new Uint8Array([0xd2, 0x98, 0x04, ...signed.bytes.subarray(2)]);
    expectRefused(longHead, 'entry.not-canonical');
    // A payload whose seq is written as a 4-byte integer: valid CBOR, signed, but not deterministic.
    const parts = coseParts(signed.bytes);
    const payload = encodeEntryPayload(unsigned);
    const at = toHex(payload).indexOf('0318290458') / 2;
    const widened = new Uint8Array([...payload.subarray(0, at + 1), 0x1a, 0, 0, 0, 41, ...payload.subarray(at + 3)]);
    expect(decodeCbor(widened)).toBeInstanceOf(Map);
    expectRefused(await resign(parts, widened), 'entry.not-canonical');
  });

  it('refuses other headers', async () => {
    const signed = await createEntry(unsigned, holder.key);
    const [, , payload, signature] = coseParts(signed.bytes);
    const withHeaders = (protectedHeader: Map<number, unknown>, unprotectedHeader: Map<number, unknown>) =>
      encodeCbor(new CborTagged(18, [encodeCbor(protectedHeader), unprotectedHeader, payload, signature]));
    const kid = holder.key.kid;
    expectRefused(withHeaders(new Map([[1, -8]]), new Map([[4, kid]])), 'entry.bad-header');
    expectRefused(withHeaders(new Map<number, unknown>([[1, -7], [4, kid]]), new Map()), 'entry.bad-header');
    expectRefused(withHeaders(new Map<number, unknown>([[1, -8], [4, kid.subarray(1)]]), new Map()), 'entry.bad-header');
    expectRefused(withHeaders(new Map<number, unknown>([[1, -8], [4, kid], [3, 0]]), new Map()), 'entry.bad-header');
  });

  it('refuses payloads that break the schema, naming the field', async () => {
    const parts = coseParts((await createEntry(unsigned, holder.key)).bytes);
    const payloadWith = (change: (map: Map<number, unknown>) => void) => {
      const map = decodeCbor(encodeEntryPayload(unsigned)) as Map<number, unknown>;
      change(map);
      return encodeCbor(map);
    };
    const cases: [(map: Map<number, unknown>) => void, string][] = [
      [(m) => m.set(12, 0), 'unknown payload key 12'],
      [(m) => m.delete(9), 'action'],
      [(m) => m.set(1, 2), 'v'],
      [(m) => m.set(5, [T0]), 'hlc'],
      [(m) => m.set(5, [T0, 0x10000]), 'hlc.counter'],
      [(m) => m.set(8, 'root'), 'role'],
      [(m) => m.set(9, 'deleted'), 'action'],
      [(m) => m.set(10, null), 'permit'],
      [(m) => m.set(11, new Map([[1, 'integer key']])), 'body'],
      [(m) => m.set(4, new Uint8Array(31)), 'prev'],
    ];
    for (const [change, field] of cases) {
      const decoded = decodeEntry(await resign(parts, payloadWith(change)));
      expect(decoded.ok).toBe(false);
      if (decoded.ok) continue;
      expect(decoded.error.code).toBe('entry.schema');
      expect(decoded.error.detail).toContain(field);
    }
    expectRefused(await resign(parts, new Uint8Array([0xff])), 'entry.schema');
    expectRefused(await resign(parts, encodeCbor([1, 2])), 'entry.schema');
  });

  it('refuses entries larger than any valid one before decoding them', () => {
    expectRefused(new Uint8Array(MAX_ENTRY_BYTES + 1), 'entry.too-large');
  });

  it('answers every input with an entry or a refusal, never a throw (property)', async () => {
    const signed = await createEntry(unsigned, holder.key);
    fc.assert(
      fc.property(fc.oneof(
        fc.uint8Array({ maxLength: 400 }),
        fc.tuple(fc.nat(), fc.uint8Array({ minLength: 1, maxLength: 4 })).map(([at, patch]) => {
          const bytes = signed.bytes.slice();
          bytes.set(patch, at % (bytes.length - patch.length));
          return bytes;
        }),
      ), (bytes) => {
        const decoded = decodeEntry(bytes);
        return decoded.ok || typeof decoded.error.detail === 'string';
      }),
      { numRuns: 500 },
    );
  });

  it('has a message in English, French and Spanish for every code', () => {
    for (const message of Object.values(LOG_ERROR_MESSAGES)) {
      expect(message.en.length * message.fr.length * message.es.length).toBeGreaterThan(0);
    }
  });
});
