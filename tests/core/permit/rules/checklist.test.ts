import { describe, expect, it } from 'vitest';
import type { Permit } from '../../../../src/core/permit/model/permit.ts';
import { checkChecklist } from '../../../../src/core/permit/rules/checklist.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes, ruleContext } from './rule-context.ts';

const named = (taxonId: number | null, scientificName: string, change: (p: Permit) => void = () => undefined) =>
  changedExport((p) => {
    const [item] = p.lineItems;
    if (item !== undefined) item.taxon = { taxonId, scientificName, commonName: '' };
    change(p);
  });

const check = (permit: Permit) => checkChecklist(permit, ruleContext());

describe('checkChecklist', () => {
  it('accepts listed taxa named by their accepted names, in an appendix they are listed in', () => {
    expect(check(validExport())).toEqual([]);
    expect(check(named(null, 'balearica  regulorum'))).toEqual([]);
  });

  it('reports a taxon not in the checklist', () => {
    const findings = check(named(null, 'Balearica pavonina'));
    expect(codes(findings)).toEqual(['checklist.taxon-not-found']);
    expect(findings[0]?.path).toBe('lineItems.0.taxon.scientificName');
  });

  it('warns on a synonym and names the accepted name', () => {
    const findings = check(named(null, 'Lacerta nilotica'));
    expect(codes(findings)).toEqual(['checklist.synonym']);
    expect(findings[0]?.severity).toBe('warning');
    expect(findings[0]?.message.en).toContain('Varanus niloticus');
    expect(findings[0]?.message.fr).toContain('Varanus niloticus');
    expect(codes(check(named(4465, 'Lacerta nilotica')))).toEqual(['checklist.synonym']);
  });

  it('warns on a species covered only by its genus listing', () => {
    const findings = check(named(null, 'Uroplatus fimbriatus'));
    expect(codes(findings)).toEqual(['checklist.covered-by-genus']);
    expect(findings[0]?.message.es).toContain('Uroplatus');
  });

  it('reports an unknown id and a name that does not match the id', () => {
    expect(codes(check(named(999_999_999, 'Balearica regulorum')))).toEqual(['checklist.unknown-taxon-id']);
    expect(codes(check(named(4465, 'Balearica regulorum')))).toEqual(['checklist.name-does-not-match-id']);
  });

  it('is an error when the appendix is not one the taxon is listed in', () => {
    const permit = named(4595, 'Balearica regulorum', (p) => {
      const [item] = p.lineItems;
      if (item !== undefined) item.appendix = 'I';
    });
    const findings = check(permit);
    expect(codes(findings)).toEqual(['checklist.appendix-mismatch']);
    expect(findings[0]).toMatchObject({ severity: 'error', path: 'lineItems.0.appendix' });
    expect(findings[0]?.message.en).toBe('Line item 1: Balearica regulorum is listed in Appendix II, not in Appendix I.');
  });
});
