// The verdict on a corpus of crafted QR strings, each with the reason code it must give.
import { describe, expect, it } from 'vitest';
import { fromHex } from '../../../src/core/crypto/bytes.ts';
import { COSE_HEADER_KID, decodeCoseSign1 } from '../../../src/core/crypto/cose-sign1.ts';
import { encodeCbor, CborTagged } from '../../../src/core/crypto/cbor.ts';
import { encodeBase45 } from '../../../src/core/crypto/base45.ts';
import { zlibSync } from 'fflate';
import type { Permit } from '../../../src/core/permit/model/permit.ts';
import { formatPermitNumber } from '../../../src/core/permit/permit-number.ts';
import { signPermitClaims } from '../../../src/core/qr/encode-permit-qr.ts';
import { verifyPermitQr, type PermitQrVerdict } from '../../../src/core/qr/verify-permit-qr.ts';
import type { VerificationReasonCode } from '../../../src/core/qr/verify-reason.ts';
import { validExport } from '../permit/permit-fixture.ts';
import { claimsOf, oneLineItemPermit, wrapAsQr } from './qr-fixture.ts';
import {
  context,
  DAY,
  deviceCertificate,
  HOUR,
  KE_DEVICE_SEED,
  KE_ROOT_SEED,
  KE_SIGNER,
  keCertificate,
  keTrustList,
  NOW,
  signedQr,
  statusList,
  trustList,
  TZ_DEVICE_SEED,
  TZ_ROOT_SEED,
} from './verify-fixture.ts';

const permit = oneLineItemPermit();
const validQr = await signedQr(permit);
const NUMBER = 'KE26-T3F-00042-O';
const lateCertificate = await deviceCertificate('KE', KE_DEVICE_SEED, KE_ROOT_SEED, Date.UTC(2026, 10, 22));

function permitNumber(party: string, sequence: number): string {
  const number = formatPermitNumber({ party, year: 2026, device: 'T3F', sequence });
  if (!number.ok) throw new Error(number.error.message.en);
  return number.value;
}

function codes(verdict: PermitQrVerdict): VerificationReasonCode[] {
  return verdict.reasons.map((reason) => reason.code);
}

function changed(change: (permit: Permit) => Permit): Permit {
  return change(oneLineItemPermit());
}

/** The valid QR's COSE_Sign1 with its parts replaced, wrapped again. */
async function reassembled(parts: { protectedBytes?: Uint8Array; kid?: Uint8Array; payload?: Uint8Array; signature?: Uint8Array }): Promise<string> {
  const cose = decodeCoseSign1(await signPermitClaims(claimsOf(permit), KE_SIGNER));
  return wrapAsQr(
    encodeCbor(
      new CborTagged(18, [
        parts.protectedBytes ?? cose.protectedBytes,
        new Map([[COSE_HEADER_KID, parts.kid ?? KE_SIGNER.kid]]),
        parts.payload ?? cose.payload,
        parts.signature ?? cose.signature,
      ]),
    ),
  );
}

describe('verifyPermitQr: a genuine permit', () => {
  it('is valid with no reason, its claims and signer shown, low risk', async () => {
    const verdict = await verifyPermitQr(validQr, context());
    expect(verdict.verdict).toBe('valid');
    expect(verdict.reasons).toEqual([]);
    expect(verdict.claims?.number).toBe(NUMBER);
    expect(verdict.signer).toMatchObject({ party: 'KE', user: 'ke-approver', device: 'T3F' });
    expect(verdict.risk.reasons.map((reason) => reason.code)).toEqual(['risk.live-specimens']);
    expect(verdict.risk.score).toBe(5);
  });
});

interface Case {
  readonly name: string;
  readonly qr: () => Promise<string>;
  readonly context?: () => Promise<Parameters<typeof context>[0]>;
  readonly code: VerificationReasonCode;
  readonly verdict: 'invalid' | 'warning';
}

const cases: Case[] = [
  { name: 'wrong prefix', qr: async () => `HC1:${validQr.slice(4)}`, code: 'qr.prefix', verdict: 'invalid' },
  { name: 'no prefix', qr: async () => validQr.slice(4), code: 'qr.prefix', verdict: 'invalid' },
  { name: 'lower-case prefix', qr: async () => `hb1:${validQr.slice(4)}`, code: 'qr.prefix', verdict: 'invalid' },
  { name: 'bad Base45 character', qr: async () => `${validQr.slice(0, 20)}~${validQr.slice(21)}`, code: 'qr.base45', verdict: 'invalid' },
  { name: 'Base45 of length 3n+1', qr: async () => `${validQr.slice(0, 4 + 3 * Math.floor((validQr.length - 4) / 3))}A`, code: 'qr.base45', verdict: 'invalid' },
  {
    name: 'truncated zlib',
    qr: async () => `HB1:${encodeBase45(zlibSync(await signPermitClaims(claimsOf(permit), KE_SIGNER)).slice(0, 100))}`,
    code: 'qr.zlib',
    verdict: 'invalid',
  },
  { name: 'not a COSE_Sign1', qr: async () => wrapAsQr(encodeCbor([1, 2, 3])), code: 'qr.cose', verdict: 'invalid' },
  { name: 'wrong algorithm (ES256)', qr: () => reassembled({ protectedBytes: encodeCbor(new Map([[1, -7]])) }), code: 'qr.cose', verdict: 'invalid' },
  { name: 'payload not CBOR', qr: () => reassembled({ payload: Uint8Array.of(0xff, 0x00) }), code: 'qr.cbor', verdict: 'invalid' },
  { name: 'payload not claims', qr: () => reassembled({ payload: encodeCbor(new Map([[99, 1]])) }), code: 'qr.claims', verdict: 'invalid' },
  { name: 'kid in no trust list held', qr: () => reassembled({ kid: fromHex('0011223344556677') }), code: 'verify.unknown-issuer', verdict: 'invalid' },
  {
    name: 'valid signature over other claims',
    qr: async () => {
      const other = decodeCoseSign1(await signPermitClaims(claimsOf(changed((p) => ({ ...p, number: permitNumber('KE', 43) }))), KE_SIGNER));
      return reassembled({ payload: other.payload });
    },
    code: 'verify.signature',
    verdict: 'invalid',
  },
  { name: 'signature of zeros', qr: () => reassembled({ signature: new Uint8Array(64) }), code: 'verify.signature', verdict: 'invalid' },
  {
    name: 'signed by another key under the same kid',
    qr: () => signedQr(permit, { seed: TZ_DEVICE_SEED, kid: KE_SIGNER.kid }),
    code: 'verify.signature',
    verdict: 'invalid',
  },
  { name: 'expired', qr: async () => validQr, context: async () => ({ now: Date.UTC(2027, 4, 20) }), code: 'verify.expired', verdict: 'invalid' },
  {
    name: 'not yet valid',
    qr: async () => validQr,
    context: async () => ({ now: Date.UTC(2026, 10, 19, 23), listsFetchedAt: Date.UTC(2026, 10, 19, 22) }),
    code: 'verify.not-yet-valid',
    verdict: 'invalid',
  },
  {
    name: 'key revoked before issue',
    qr: async () => validQr,
    context: async () => ({ trustLists: [await trustList('KE', KE_ROOT_SEED, [keCertificate], [{ kid: keCertificate.kid, revokedAt: Date.UTC(2026, 10, 1), reason: 'device lost' }])] }),
    code: 'verify.key-revoked',
    verdict: 'invalid',
  },
  {
    name: 'key revoked on the issue day',
    qr: async () => validQr,
    context: async () => ({ trustLists: [await trustList('KE', KE_ROOT_SEED, [keCertificate], [{ kid: keCertificate.kid, revokedAt: Date.UTC(2026, 10, 20, 15), reason: 'user removed' }])] }),
    code: 'verify.key-revoked',
    verdict: 'invalid',
  },
  {
    name: 'key certified after the issue date',
    qr: async () => signedQr(permit, { seed: KE_DEVICE_SEED, kid: lateCertificate.kid }),
    context: async () => ({ trustLists: [await trustList('KE', KE_ROOT_SEED, [lateCertificate])] }),
    code: 'verify.key-not-valid-at-issue',
    verdict: 'invalid',
  },
  {
    name: 'cancelled',
    qr: async () => validQr,
    context: async () => ({ statusLists: [await statusList('KE', KE_ROOT_SEED, [{ permitNumber: NUMBER, status: 'cancelled', at: NOW - DAY }], keTrustList)] }),
    code: 'status.cancelled',
    verdict: 'invalid',
  },
  {
    name: 'replaced',
    qr: async () => validQr,
    context: async () => ({ statusLists: [await statusList('KE', KE_ROOT_SEED, [{ permitNumber: NUMBER, status: 'replaced', at: NOW - DAY }], keTrustList)] }),
    code: 'status.replaced',
    verdict: 'invalid',
  },
  {
    name: 'already endorsed',
    qr: async () => validQr,
    context: async () => ({
      statusLists: [await statusList('KE', KE_ROOT_SEED, [{ permitNumber: NUMBER, status: 'endorsed', at: NOW - DAY, place: 'Mombasa' }], keTrustList)],
    }),
    code: 'status.endorsed',
    verdict: 'invalid',
  },
  { name: 'no status list held', qr: async () => validQr, context: async () => ({ statusLists: [] }), code: 'status.unavailable', verdict: 'warning' },
  { name: 'stale lists', qr: async () => validQr, context: async () => ({ listsFetchedAt: NOW - 25 * HOUR }), code: 'lists.stale', verdict: 'warning' },
  {
    name: 'device clock behind the newest checkpoint',
    qr: async () => validQr,
    context: async () => ({ newestCheckpointTime: NOW + HOUR }),
    code: 'clock.behind-checkpoint',
    verdict: 'warning',
  },
  {
    name: 'a KE key signing a permit that claims another issuing Party',
    qr: () => signedQr(changed((p) => ({ ...p, managementAuthority: { ...p.managementAuthority, party: 'TZ' } }))),
    code: 'verify.issuer-party',
    verdict: 'invalid',
  },
];

describe('verifyPermitQr: the bad-QR corpus', () => {
  it.each(cases)('$name → $code ($verdict)', async (testCase) => {
    const verdict = await verifyPermitQr(await testCase.qr(), context(await testCase.context?.()));
    expect(codes(verdict)).toContain(testCase.code);
    expect(verdict.verdict).toBe(testCase.verdict);
    for (const reason of verdict.reasons) {
      expect(reason.message.en.length * reason.message.fr.length * reason.message.es.length).toBeGreaterThan(0);
    }
  });

  it('says an unknown issuer cannot be checked, not that it is forged, and still reads the claims', async () => {
    const verdict = await verifyPermitQr(validQr, context({ trustLists: [] }));
    expect(codes(verdict)).toEqual(['verify.unknown-issuer']);
    expect(verdict.reasons[0]?.message.en).toMatch(/cannot be checked here\. This does not mean it is forged/);
    expect(verdict.claims?.number).toBe(NUMBER);
    expect(verdict.signer).toBeNull();
  });

  it('gives only the signature reason for a forgery, whatever else its claims say', async () => {
    const verdict = await verifyPermitQr(await reassembled({ signature: new Uint8Array(64) }), context({ now: Date.UTC(2030, 0, 1) }));
    expect(codes(verdict).filter((code) => !code.startsWith('lists.'))).toEqual(['verify.signature']);
    expect(verdict.risk.score).toBe(100);
  });

  it('tells when and where an endorsed permit was endorsed', async () => {
    const endorsed = await statusList('KE', KE_ROOT_SEED, [{ permitNumber: NUMBER, status: 'endorsed', at: Date.UTC(2026, 10, 23), place: 'Mombasa' }], keTrustList);
    const verdict = await verifyPermitQr(validQr, context({ statusLists: [endorsed] }));
    expect(verdict.reasons[0]?.message).toMatchObject({ en: expect.stringMatching(/2026-11-23 at Mombasa/), fr: expect.stringMatching(/à Mombasa/) });
  });

  it('uses the newest status list of the Party', async () => {
    const older = await statusList('KE', KE_ROOT_SEED, [], keTrustList, 1);
    const newer = await statusList('KE', KE_ROOT_SEED, [{ permitNumber: NUMBER, status: 'cancelled', at: NOW - DAY }], keTrustList, 2);
    expect((await verifyPermitQr(validQr, context({ statusLists: [newer, older] }))).verdict).toBe('invalid');
    expect((await verifyPermitQr(validQr, context({ statusLists: [older, newer] }))).verdict).toBe('invalid');
  });

  it('keeps a signature made before a later revocation valid', async () => {
    const revokedLater = await trustList('KE', KE_ROOT_SEED, [keCertificate], [{ kid: keCertificate.kid, revokedAt: Date.UTC(2026, 10, 21), reason: 'user removed' }]);
    expect((await verifyPermitQr(validQr, context({ trustLists: [revokedLater] }))).verdict).toBe('valid');
  });

  it('is valid on the last day of validity and expired the day after', async () => {
    expect((await verifyPermitQr(validQr, context({ now: Date.UTC(2027, 4, 19, 23, 59), listsFetchedAt: Date.UTC(2027, 4, 19) }))).verdict).toBe('valid');
    expect(codes(await verifyPermitQr(validQr, context({ now: Date.UTC(2027, 4, 20), listsFetchedAt: Date.UTC(2027, 4, 19, 23) })))).toEqual(['verify.expired']);
  });
});

describe('verifyPermitQr: foreign permits', () => {
  it('verifies a Tanzanian permit against the imported Tanzanian trust list, scored as foreign', async () => {
    const tzCertificate = await deviceCertificate('TZ', TZ_DEVICE_SEED, TZ_ROOT_SEED);
    const tzTrustList = await trustList('TZ', TZ_ROOT_SEED, [tzCertificate]);
    const tzStatusList = await statusList('TZ', TZ_ROOT_SEED, [], tzTrustList);
    const tzPermit = changed((p) => ({ ...p, number: permitNumber('TZ', 1), managementAuthority: { ...p.managementAuthority, party: 'TZ' } }));
    const qr = await signedQr(tzPermit, { seed: TZ_DEVICE_SEED, kid: tzCertificate.kid });
    const verdict = await verifyPermitQr(qr, context({ trustLists: [keTrustList, tzTrustList], statusLists: [tzStatusList] }));
    expect(verdict.reasons).toEqual([]);
    expect(verdict.verdict).toBe('valid');
    expect(verdict.risk.reasons.map((reason) => reason.code)).toContain('risk.foreign-issuer');
    // Without the imported list, the Tanzanian key is unknown here (not forged), and no TZ status list is held.
    expect(codes(await verifyPermitQr(qr, context()))).toEqual(['verify.unknown-issuer', 'status.unavailable']);
  });
});

describe('verifyPermitQr: risk score', () => {
  it('adds the weights of Appendix I, wild source, an unusual unit, a new key and stale lists', async () => {
    const newCertificate = await deviceCertificate('KE', KE_DEVICE_SEED, KE_ROOT_SEED, Date.UTC(2026, 10, 10));
    const list = await trustList('KE', KE_ROOT_SEED, [newCertificate]);
    const risky = changed((p) => ({
      ...p,
      lineItems: p.lineItems.map((item) => ({ ...item, appendix: 'I' as const, source: 'W' as const, term: 'SKI' as const, quantity: { amount: 3, unit: 'LTR' as const } })),
    }));
    const qr = await signedQr(risky, { seed: KE_DEVICE_SEED, kid: newCertificate.kid });
    const statuses = await statusList('KE', KE_ROOT_SEED, [], list);
    const verdict = await verifyPermitQr(qr, context({ trustLists: [list], statusLists: [statuses], listsFetchedAt: NOW - 2 * DAY }));
    expect(verdict.verdict).toBe('warning');
    expect(verdict.risk.reasons.map((reason) => [reason.code, reason.weight])).toEqual([
      ['risk.appendix-i', 30],
      ['risk.source-wild', 15],
      ['risk.unusual-term-unit', 10],
      ['risk.new-key', 10],
      ['risk.lists-stale', 15],
    ]);
    expect(verdict.risk.score).toBe(80);
  });

  it('is 100 for an invalid permit', async () => {
    expect((await verifyPermitQr('HB1:', context())).risk).toMatchObject({ score: 100 });
  });

  it('works on the two-line-item example permit too', async () => {
    expect((await verifyPermitQr(await signedQr(validExport()), context())).verdict).toBe('valid');
  });
});
