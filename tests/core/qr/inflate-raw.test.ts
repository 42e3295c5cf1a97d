// The strict inflater against two independent compressors (fflate and Node's zlib, every level and strategy),
// and its limits. Adler-32 is checked against the trailers zlib writes.
import { constants, deflateRawSync, deflateSync } from 'node:zlib';
import fc from 'fast-check';
import { zlibSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { adler32 } from '../../../src/core/qr/adler32.ts';
import { inflateRaw } from '../../../src/core/qr/inflate-raw.ts';
import { inflateQrZlib } from '../../../src/core/qr/zlib-stage.ts';

/** Bytes with runs and repeats, so that compressors use matches, not only literals. */
const compressible = fc
  .array(fc.oneof(fc.uint8Array({ maxLength: 40 }), fc.integer({ min: 0, max: 255 }).map((b) => new Uint8Array(300).fill(b))), { maxLength: 40 })
  .map((parts) => Uint8Array.from(parts.flatMap((part) => [...part, ...part.subarray(0, part.length >> 1)])));

const strategies = [constants.Z_DEFAULT_STRATEGY, constants.Z_FIXED, constants.Z_HUFFMAN_ONLY, constants.Z_RLE, constants.Z_FILTERED];

describe('inflateRaw', () => {
  it('inverts Node’s zlib at every level and strategy (stored, fixed and dynamic blocks)', () => {
    fc.assert(
      fc.property(compressible, fc.integer({ min: 0, max: 9 }), fc.constantFrom(...strategies), (data, level, strategy) => {
        const deflated = new Uint8Array(deflateRawSync(data, { level, strategy }));
        const { output, endBit } = inflateRaw(deflated, 1 << 20);
        expect(toHex(output)).toBe(toHex(data));
        expect(Math.ceil(endBit / 8)).toBe(deflated.length);
      }),
    );
  });

  it('inverts fflate, which writes the permit QR', () => {
    fc.assert(
      fc.property(compressible, fc.integer({ min: 0, max: 9 }), (data, level) => {
        const zlib = zlibSync(data, { level: level as 0 });
        const inflated = inflateQrZlib(zlib, 1 << 20);
        expect(inflated.ok && toHex(inflated.value)).toBe(toHex(data));
      }),
    );
  });

  it('stops at the output limit: the limit itself passes, one byte more does not', () => {
    const deflated = new Uint8Array(deflateRawSync(new Uint8Array(1000)));
    expect(inflateRaw(deflated, 1000).output.length).toBe(1000);
    expect(() => inflateRaw(deflated, 999)).toThrow('DEFLATE: the output exceeds 999 bytes');
  });

  it('refuses truncated data, block type 3 and distances before the start', () => {
    const deflated = new Uint8Array(deflateRawSync(new TextEncoder().encode('hornbill hornbill hornbill')));
    expect(() => inflateRaw(deflated.subarray(0, deflated.length - 1), 1000)).toThrow('DEFLATE: the data ends inside a block');
    expect(() => inflateRaw(Uint8Array.of(0b111), 1000)).toThrow('DEFLATE: invalid block type 3');
    // Fixed block: length symbol 257 (code 0000001), distance symbol 0 (code 00000): a copy with nothing behind it.
    expect(() => inflateRaw(Uint8Array.of(0x03, 0x02, 0x00), 1000)).toThrow('DEFLATE: a distance reaches before the start of the output');
  });
});

describe('adler32', () => {
  it('matches the trailer of Node’s zlib', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 6000 }), (data) => {
        const zlib = deflateSync(data);
        expect(adler32(data)).toBe(zlib.readUInt32BE(zlib.length - 4));
      }),
    );
  });
});
