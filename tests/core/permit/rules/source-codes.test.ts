import { describe, expect, it } from 'vitest';
import type { SourceCode } from '../../../../src/core/codes/data/source-codes.ts';
import type { DocumentType } from '../../../../src/core/permit/model/document-type.ts';
import type { Permit } from '../../../../src/core/permit/model/permit.ts';
import { checkSourceCodes } from '../../../../src/core/permit/rules/source-codes.ts';
import type { Appendix } from '../../../../src/core/species/taxon.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes, date, ruleContext } from './rule-context.ts';

interface Case {
  readonly type?: Exclude<DocumentType, 'other'>;
  readonly appendix?: Appendix;
  readonly source: SourceCode;
  readonly purpose?: Permit['purpose'];
  readonly change?: (permit: Permit) => void;
}

/** The example permit with one line item (the crane, an animal) of the given appendix and source. */
function crane({ type = 'export-permit', appendix = 'II', source, purpose = 'Z', change }: Case): Permit {
  return changedExport((p) => {
    p.document = { type };
    p.purpose = purpose;
    p.lineItems = p.lineItems.slice(0, 1).map((item) => ({ ...item, appendix, source }));
    change?.(p);
  });
}

const check = (permit: Permit) => codes(checkSourceCodes(permit, ruleContext()));

describe('checkSourceCodes', () => {
  it('finds nothing wrong with the example permit', () => {
    expect(checkSourceCodes(validExport(), ruleContext())).toEqual([]);
  });

  it('D: Appendix I only, from a registered operation', () => {
    expect(check(crane({ appendix: 'I', source: 'D', purpose: 'T' }))).toEqual([]);
    expect(check(crane({ appendix: 'II', source: 'D' }))).toEqual(['source.d-appendix-i-only']);
    const unregistered = crane({ appendix: 'I', source: 'D', change: (p) => p.lineItems.forEach((item) => { item.operationNumber = null; }) });
    expect(check(unregistered)).toEqual(['source.d-registered-operation']);
  });

  it('C on Appendix I for commercial purposes must be D', () => {
    expect(check(crane({ appendix: 'I', source: 'C', purpose: 'Z' }))).toEqual([]);
    expect(check(crane({ appendix: 'I', source: 'C', purpose: 'T' }))).toEqual(['source.appendix-i-commercial-captive-is-d']);
  });

  it('a captive-breeding certificate covers C or A only', () => {
    expect(check(crane({ type: 'captive-breeding-certificate', source: 'C' }))).toEqual([]);
    expect(check(crane({ type: 'captive-breeding-certificate', source: 'F' }))).toEqual(['source.captive-breeding-certificate-needs-c-or-a']);
  });

  it('plant sources on animals and animal sources on plants', () => {
    expect(check(crane({ source: 'A' }))).toEqual(['source.plant-source-for-animal']);
    const orchid = crane({
      source: 'C',
      change: (p) => p.lineItems.forEach((item) => { item.taxon = { taxonId: 12509, scientificName: 'Orchidaceae', commonName: 'Orchids' }; }),
    });
    expect(check(orchid)).toEqual(['source.animal-source-for-plant']);
  });

  it('O: only under a pre-Convention certificate, with the date of acquisition', () => {
    const acquired = (p: Permit) => p.lineItems.forEach((item) => { item.acquisitionDate = date('1970-05-01'); });
    expect(check(crane({ type: 'pre-convention-certificate', source: 'O', change: acquired }))).toEqual([]);
    expect(check(crane({ source: 'O', change: acquired }))).toEqual(['source.o-needs-pre-convention-certificate']);
    expect(check(crane({ type: 'pre-convention-certificate', source: 'O' }))).toEqual(['source.o-acquisition-date']);
    expect(check(crane({ type: 'pre-convention-certificate', source: 'W' }))).toEqual(['source.pre-convention-certificate-needs-o']);
  });

  it('I: warns on commercial disposal of confiscated Appendix-I specimens', () => {
    expect(check(crane({ appendix: 'I', source: 'I', purpose: 'Z' }))).toEqual([]);
    const findings = checkSourceCodes(crane({ appendix: 'I', source: 'I', purpose: 'T' }), ruleContext());
    expect(codes(findings)).toEqual(['source.confiscated-appendix-i-commercial']);
    expect(findings[0]?.severity).toBe('warning');
  });

  it('X: under a certificate of introduction from the sea, from HS', () => {
    const fromTheSea = (p: Permit) => {
      p.exporter.country = 'HS';
      p.importer.country = 'KE';
    };
    expect(check(crane({ type: 'introduction-from-the-sea-certificate', source: 'X', change: fromTheSea }))).toEqual([]);
    expect(check(crane({ source: 'X' }))).toEqual(['source.x-needs-introduction-certificate']);
    expect(check(crane({ type: 'introduction-from-the-sea-certificate', source: 'W', change: fromTheSea }))).toEqual(['source.introduction-certificate-needs-x']);
    expect(check(crane({ type: 'introduction-from-the-sea-certificate', source: 'X' }))).toEqual(['source.introduction-from-the-sea-country']);
    const wrongOrigin = (p: Permit) => {
      fromTheSea(p);
      p.lineItems.forEach((item) => { item.origin = { country: 'KE', permitNumber: '', date: null }; });
    };
    expect(check(crane({ type: 'introduction-from-the-sea-certificate', source: 'X', change: wrongOrigin }))).toEqual(['source.introduction-from-the-sea-country']);
  });
});
