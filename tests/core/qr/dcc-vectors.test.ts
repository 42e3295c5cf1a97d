// The EU DCC test data (tests/vectors/dcc) run through the permit QR's own stages with the "HC1:" prefix. Each
// case's flag for a layer Hornbill shares is honoured: true means the stage passes and gives the next field's
// bytes, false means it refuses.
//
// Honoured: EXPECTEDUNPREFIX (prefix stage on PREFIX), EXPECTEDB45DECODE (Base45 stage on BASE45, = COMPRESSED),
// EXPECTEDCOMPRESSION (zlib stage on COMPRESSED, = COSE), EXPECTEDDECODE (CBOR stage on the payload taken from
// COSE, as DCC test 6 extracts it; CBO1 has no COSE and is run on its CBOR field), and of EXPECTEDVERIFY the
// structural part only: true means the COSE_Sign1 structure decodes, CBO2's false means it does not.
//
// Not applicable to Hornbill, and why:
// - the cryptographic part of EXPECTEDVERIFY (CO5, CO23): the DCC signs with ES256/PS256 and X.509 certificates,
//   a permit QR only with EdDSA under the trust list. Every DCC case is instead refused by the Hornbill profile
//   check, which is tested below as real-world "wrong alg" input.
// - CO21 (VERIFY true): the kid is in both headers. RFC 9052 §3 requires the two buckets to be disjoint; the DCC
//   tolerated it, Hornbill's COSE decoder refuses it (CO22, false either way, is refused for the same reason).
// - CO28 (DECODE, VERIFY true): a CWT tag (61) around the COSE tag. A permit QR's payload is not a CWT, and the
//   format allows tag 18 or no tag, nothing else: refused at the COSE stage by design.
// - the raw CBOR field of the other cases: the DCC writes it with indefinite-length maps (bf … ff), which the
//   payload CBOR stage refuses (definite lengths only, as every Hornbill issuer writes); it is not what is signed.
// - EXPECTEDPICTUREDECODE (PNG images; Hornbill gets text from its scanner), EXPECTEDVALIDJSON,
//   EXPECTEDSCHEMAVALIDATION, EXPECTEDVALIDOBJECT (the DGC JSON schema), EXPECTEDKEYUSAGE (X.509 OIDs) and
//   EXPECTEDEXPIRATIONCHECK (CWT exp/iat; a permit's validity is claims 5 and 6, judged by the later verdict).
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fromHex, toHex } from '../../../src/core/crypto/bytes.ts';
import { decodeQrBase45 } from '../../../src/core/qr/base45-stage.ts';
import { decodeQrCbor } from '../../../src/core/qr/cbor-stage.ts';
import { checkPermitQrCoseProfile, decodeQrCose } from '../../../src/core/qr/cose-stage.ts';
import { stripQrPrefix } from '../../../src/core/qr/prefix-stage.ts';
import { inflateQrZlib } from '../../../src/core/qr/zlib-stage.ts';

interface DccCase {
  readonly name: string;
  readonly PREFIX?: string;
  readonly BASE45?: string;
  readonly COMPRESSED?: string;
  readonly COSE?: string;
  readonly CBOR?: string;
  readonly EXPECTEDRESULTS: Readonly<Record<string, boolean>>;
}

const DCC_PREFIX = 'HC1:';
const root = new URL('../../vectors/dcc/', import.meta.url);
const cases: DccCase[] = ['common', 'AT', 'DE'].flatMap((folder) => {
  const directory = new URL(`${folder}/2DCode/raw/`, root);
  return readdirSync(directory).map((file) => ({ ...JSON.parse(readFileSync(new URL(file, directory), 'utf8')), name: `${folder}/${file}` }) as DccCase);
});

/** Cases where a flag is set but, for the reason given above, Hornbill's stage answers otherwise. */
const NOT_APPLICABLE: Readonly<Record<string, readonly string[]>> = {
  EXPECTEDVERIFY: ['common/CO21.json', 'common/CO28.json'],
  EXPECTEDDECODE: ['common/CO28.json'],
};

function withFlag(flag: string): [string, boolean, DccCase][] {
  return cases
    .filter((c) => flag in c.EXPECTEDRESULTS && !(NOT_APPLICABLE[flag] ?? []).includes(c.name))
    .map((c) => [c.name, c.EXPECTEDRESULTS[flag] ?? false, c]);
}

function field(dccCase: DccCase, name: 'PREFIX' | 'BASE45' | 'COMPRESSED' | 'COSE' | 'CBOR'): string {
  const value = dccCase[name];
  if (value === undefined) throw new Error(`${dccCase.name} has no ${name}`);
  return value;
}

describe('EU DCC vectors through the permit QR stages', () => {
  it('holds the copied cases', () => {
    expect(cases.length).toBe(27);
  });

  it.each(withFlag('EXPECTEDUNPREFIX'))('%s: prefix stage passes = %s', (_name, expected, dccCase) => {
    const result = stripQrPrefix(field(dccCase, 'PREFIX'), DCC_PREFIX);
    expect(result.ok).toBe(expected);
    if (result.ok && dccCase.BASE45 !== undefined) expect(result.value).toBe(dccCase.BASE45);
    if (!result.ok) expect(result.error.code).toBe('qr.prefix');
  });

  it.each(withFlag('EXPECTEDB45DECODE'))('%s: Base45 stage passes = %s', (_name, expected, dccCase) => {
    const result = decodeQrBase45(field(dccCase, 'BASE45'));
    expect(result.ok).toBe(expected);
    if (result.ok) expect(toHex(result.value)).toBe(field(dccCase, 'COMPRESSED').toLowerCase());
    else expect(result.error.code).toBe('qr.base45');
  });

  it.each(withFlag('EXPECTEDCOMPRESSION'))('%s: zlib stage passes = %s', (_name, expected, dccCase) => {
    const result = inflateQrZlib(fromHex(field(dccCase, 'COMPRESSED')));
    expect(result.ok).toBe(expected);
    if (result.ok) expect(toHex(result.value)).toBe(field(dccCase, 'COSE').toLowerCase());
    else expect(result.error.code).toBe('qr.zlib');
  });

  it.each(withFlag('EXPECTEDDECODE'))('%s: payload CBOR stage passes = %s', (_name, expected, dccCase) => {
    let payload = fromHex(field(dccCase, 'CBOR'));
    if (dccCase.COSE !== undefined) {
      const cose = decodeQrCose(fromHex(dccCase.COSE));
      if (!cose.ok) throw new Error(cose.error.detail);
      payload = cose.value.payload;
    }
    const result = decodeQrCbor(payload);
    expect(result.ok).toBe(expected);
    if (!result.ok) expect(result.error.code).toBe('qr.cbor');
  });

  it.each(withFlag('EXPECTEDVERIFY'))('%s: COSE_Sign1 structure decodes = %s (signature not applicable)', (name, expected, dccCase) => {
    const result = decodeQrCose(fromHex(field(dccCase, 'COSE')));
    // CO5 and CO23 are well-formed messages whose signature or kid is wrong: false only for the signature.
    const structureExpected = expected || ['common/CO5.json', 'common/CO23.json'].includes(name);
    expect(result.ok).toBe(structureExpected);
    if (!result.ok) expect(result.error.code).toBe('qr.cose');
  });

  it('runs the whole chain on PREFIX for every case valid at all four outer layers', () => {
    const full = cases.filter((c) => ['EXPECTEDUNPREFIX', 'EXPECTEDB45DECODE', 'EXPECTEDCOMPRESSION', 'EXPECTEDDECODE'].every((flag) => c.EXPECTEDRESULTS[flag] === true));
    const reached = full.filter((c) => c.name !== 'common/CO28.json').map((dccCase) => {
      const base45 = stripQrPrefix(field(dccCase, 'PREFIX'), DCC_PREFIX);
      const compressed = base45.ok ? decodeQrBase45(base45.value) : base45;
      const cose = compressed.ok ? inflateQrZlib(compressed.value) : compressed;
      const signed = cose.ok ? decodeQrCose(cose.value) : cose;
      const payload = signed.ok ? decodeQrCbor(signed.value.payload) : signed;
      return payload.ok ? 'payload' : payload.error.code;
    });
    expect(reached).toEqual(new Array(full.length - 1).fill('payload'));
    expect(full.length).toBe(12);
  });

  it('refuses every DCC message at the Hornbill profile check: ES256 (-7), PS256 (-37) or no protected alg', () => {
    const algs = cases.flatMap((dccCase) => {
      if (dccCase.COSE === undefined) return [];
      const cose = decodeQrCose(fromHex(dccCase.COSE));
      if (!cose.ok) return [];
      const profile = checkPermitQrCoseProfile(cose.value);
      expect(profile.ok ? 'accepted' : profile.error.code).toBe('qr.cose');
      return [cose.value.protectedHeader.get(1)];
    });
    // CO20 and CO23 leave the protected header empty.
    expect(new Set(algs)).toEqual(new Set([-7, -37, undefined]));
  });
});
