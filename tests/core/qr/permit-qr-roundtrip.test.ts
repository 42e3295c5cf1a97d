// encode → decode gives back the claims of any valid issued permit, and the signature verifies.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryCodes, partyCodes, purposeCodes, sourceCodes, currentTermCodes } from '../../../src/core/codes/index.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { DEVICE_CODE_ALPHABET } from '../../../src/core/permit/device-code.ts';
import { NAMED_DOCUMENT_TYPES } from '../../../src/core/permit/model/document-type.ts';
import { quantityUnitSchema } from '../../../src/core/permit/model/line-item.ts';
import { permitSchema, type Permit } from '../../../src/core/permit/model/permit.ts';
import { formatPermitNumber } from '../../../src/core/permit/permit-number.ts';
import { permitClaimsFromPermit } from '../../../src/core/qr/claims-from-permit.ts';
import { decodePermitQr } from '../../../src/core/qr/decode-permit-qr.ts';
import { encodePermitQr } from '../../../src/core/qr/encode-permit-qr.ts';
import { verifyPermitQrSignature } from '../../../src/core/qr/verify-permit-qr-signature.ts';
import { validExport } from '../permit/permit-fixture.ts';
import { claimsOf, SIGNER } from './qr-fixture.ts';

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim().length > 0);
const day = fc.integer({ min: Date.UTC(1975, 0, 1) / 86_400_000, max: Date.UTC(2149, 11, 31) / 86_400_000 });
const calendarDate = day.map((d) => new Date(d * 86_400_000).toISOString().slice(0, 10));

const permitNumber = fc
  .record({
    party: fc.constantFrom(...partyCodes),
    year: fc.integer({ min: 2000, max: 2099 }),
    device: fc.string({ unit: fc.constantFrom(...DEVICE_CODE_ALPHABET), minLength: 3, maxLength: 3 }),
    sequence: fc.integer({ min: 1, max: 99_999 }),
  })
  .map((parts) => {
    const number = formatPermitNumber(parts);
    if (!number.ok) throw new Error(number.error.message.en);
    return number.value;
  });

const document = fc.oneof(
  fc.constantFrom(...NAMED_DOCUMENT_TYPES).map((type) => ({ type })),
  text.map((description) => ({ type: 'other' as const, description })),
);

const quantity = fc.oneof(fc.integer({ min: 1, max: 1_000_000 }), fc.double({ min: 1e-6, max: 1e12, noNaN: true, noDefaultInfinity: true }));

const lineItem = fc.record({
  taxonId: fc.option(fc.integer({ min: 1, max: 2 ** 31 }), { nil: null }),
  scientificName: text,
  appendix: fc.constantFrom('I' as const, 'II' as const, 'III' as const),
  source: fc.constantFrom(...sourceCodes),
  term: fc.constantFrom(...currentTermCodes),
  amount: quantity,
  unit: fc.option(fc.constantFrom(...quantityUnitSchema.options), { nil: undefined }),
});

const trader = fc.record({ name: text, country: fc.constantFrom(...countryCodes) });

/** A valid issued permit: the example permit with every box the QR carries drawn at random, then schema-checked. */
const issuedPermit = fc
  .record({
    id: fc.uuid(),
    number: permitNumber,
    document,
    party: fc.constantFrom(...partyCodes),
    issueDate: calendarDate,
    validUntil: calendarDate,
    importer: trader,
    exporter: trader,
    purpose: fc.constantFrom(...purposeCodes),
    securityStamp: fc.option(text, { nil: null }),
    lineItems: fc.array(lineItem, { minLength: 1, maxLength: 5 }),
  })
  .map((drawn): Permit => {
    const base = validExport();
    const template = base.lineItems[0];
    if (template === undefined) throw new Error('the example permit has no line item');
    return permitSchema.parse({
      ...base,
      id: drawn.id,
      number: drawn.number,
      document: drawn.document,
      validUntil: drawn.validUntil,
      importer: { ...base.importer, ...drawn.importer },
      exporter: { ...base.exporter, ...drawn.exporter },
      purpose: drawn.purpose,
      securityStamp: drawn.securityStamp,
      managementAuthority: { ...base.managementAuthority, party: drawn.party },
      issuance: { ...base.issuance, date: drawn.issueDate },
      lineItems: drawn.lineItems.map((item) => ({
        ...template,
        taxon: { ...template.taxon, taxonId: item.taxonId, scientificName: item.scientificName },
        appendix: item.appendix,
        source: item.source,
        term: item.term,
        quantity: item.unit === undefined ? { amount: item.amount } : { amount: item.amount, unit: item.unit },
      })),
    });
  });

describe('permit QR round trip', () => {
  it('gives back the claims of random valid permits, with a signature that verifies', async () => {
    const publicKey = await ed25519PublicKey(SIGNER.seed);
    await fc.assert(
      fc.asyncProperty(issuedPermit, async (permit) => {
        const claims = claimsOf(permit);
        const decoded = decodePermitQr(await encodePermitQr(claims, SIGNER));
        if (!decoded.ok) throw new Error(`${decoded.error.code}: ${decoded.error.detail}`);
        expect(decoded.value.claims).toEqual(claims);
        expect(decoded.value.kid).toEqual(SIGNER.kid);
        expect(await verifyPermitQrSignature(decoded.value, publicKey)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  it('carries what the inspector compares, taken from the right boxes of the example permit', () => {
    const claims = claimsOf(validExport());
    expect(claims).toMatchObject({
      permitId: '3f0c6a8e-2b1d-4c7a-9e5f-1a2b3c4d5e6f',
      number: 'KE26-T3F-00042-O',
      issuingParty: 'KE',
      issueDate: '2026-11-20',
      validUntil: '2027-05-19',
      importer: { name: 'Vogelpark Leipzig GmbH', country: 'DE' },
      securityStamp: 'KWS 0042117',
    });
    expect(claims.lineItems[1]).toEqual({
      taxonId: 4465,
      scientificName: 'Varanus niloticus',
      appendix: 'II',
      source: 'W',
      term: 'SKI',
      quantity: 200,
      unit: null,
    });
  });

  it('refuses to make claims for a permit that is not issued, naming what is missing', () => {
    const result = permitClaimsFromPermit({ ...validExport(), number: null, issuance: null });
    expect(result).toMatchObject({ ok: false, error: { code: 'qr.not-issued', detail: 'the permit has no number, issuance' } });
  });

  it('refuses a kid that is not 8 bytes (a caller’s bug, thrown)', async () => {
    await expect(encodePermitQr(claimsOf(validExport()), { ...SIGNER, kid: new Uint8Array(7) })).rejects.toThrow(/kid must be 8 bytes/);
  });
});
