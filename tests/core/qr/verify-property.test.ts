// Any genuine permit of the held Party, signed by a certified key inside its validity, verifies as valid.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countryCodes, purposeCodes, sourceCodes, currentTermCodes } from '../../../src/core/codes/index.ts';
import { DEVICE_CODE_ALPHABET } from '../../../src/core/permit/device-code.ts';
import { quantityUnitSchema } from '../../../src/core/permit/model/line-item.ts';
import { permitSchema, type Permit } from '../../../src/core/permit/model/permit.ts';
import { formatPermitNumber } from '../../../src/core/permit/permit-number.ts';
import { verifyPermitQr } from '../../../src/core/qr/verify-permit-qr.ts';
import { validExport } from '../permit/permit-fixture.ts';
import { context, DAY, NOW, signedQr } from './verify-fixture.ts';

const dayNumber = (time: number) => Math.floor(time / DAY);
const calendarDate = (from: number, to: number) => fc.integer({ min: dayNumber(from), max: dayNumber(to) }).map((d) => new Date(d * DAY).toISOString().slice(0, 10));
const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 30 }).filter((s) => s.trim() === s && s.length > 0);

const permitNumber = fc
  .record({
    device: fc.string({ unit: fc.constantFrom(...DEVICE_CODE_ALPHABET), minLength: 3, maxLength: 3 }),
    sequence: fc.integer({ min: 1, max: 99_999 }),
  })
  .map(({ device, sequence }) => {
    const number = formatPermitNumber({ party: 'KE', year: 2026, device, sequence });
    if (!number.ok) throw new Error(number.error.message.en);
    return number.value;
  });

const lineItem = fc.record({
  scientificName: text,
  appendix: fc.constantFrom('I' as const, 'II' as const, 'III' as const),
  source: fc.constantFrom(...sourceCodes),
  term: fc.constantFrom(...currentTermCodes),
  amount: fc.integer({ min: 1, max: 1_000_000 }),
  unit: fc.option(fc.constantFrom(...quantityUnitSchema.options), { nil: undefined }),
});

const genuinePermit = fc
  .record({
    number: permitNumber,
    issueDate: calendarDate(Date.UTC(2026, 0, 1), NOW),
    validUntil: calendarDate(NOW, Date.UTC(2027, 11, 31)),
    importerCountry: fc.constantFrom(...countryCodes),
    importerName: text,
    purpose: fc.constantFrom(...purposeCodes),
    lineItems: fc.array(lineItem, { minLength: 1, maxLength: 4 }),
  })
  .map((drawn): Permit => {
    const base = validExport();
    const template = base.lineItems[0];
    if (template === undefined) throw new Error('the example permit has no line item');
    return permitSchema.parse({
      ...base,
      number: drawn.number,
      validUntil: drawn.validUntil,
      importer: { ...base.importer, name: drawn.importerName, country: drawn.importerCountry },
      purpose: drawn.purpose,
      issuance: { ...base.issuance, date: drawn.issueDate },
      lineItems: drawn.lineItems.map((item) => ({
        ...template,
        taxon: { ...template.taxon, scientificName: item.scientificName },
        appendix: item.appendix,
        source: item.source,
        term: item.term,
        quantity: item.unit === undefined ? { amount: item.amount } : { amount: item.amount, unit: item.unit },
      })),
    });
  });

describe('verifyPermitQr property', () => {
  it('finds every random genuine permit valid, with no reason', async () => {
    await fc.assert(
      fc.asyncProperty(genuinePermit, async (permit) => {
        const verdict = await verifyPermitQr(await signedQr(permit), context());
        expect(verdict.reasons).toEqual([]);
        expect(verdict.verdict).toBe('valid');
        expect(verdict.risk.score).toBeLessThanOrEqual(100);
      }),
      { numRuns: 100 },
    );
  });
});
