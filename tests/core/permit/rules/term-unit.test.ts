import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { currentTermCodes } from '../../../../src/core/codes/data/term-codes.ts';
import { termUnits } from '../../../../src/core/codes/data/term-units.ts';
import { unitRecords } from '../../../../src/core/codes/data/unit-codes.ts';
import { checkTermUnitPair } from '../../../../src/core/permit/rules/term-unit.ts';
import { validExport } from '../permit-fixture.ts';
import { changedExport, codes } from './rule-context.ts';

// The Trade Database's accepted pairs as of 2018 (Species+): development use only, never committed.
const PAIRS_2018 = fileURLToPath(new URL('../../../../../shared/data/codes/cites_term_unit_pairs_speciesplus_2018.csv', import.meta.url));

describe('checkTermUnitPair', () => {
  it('accepts live animals counted and skins counted', () => {
    expect(checkTermUnitPair(validExport())).toEqual([]);
  });

  it('accepts an alternative unit', () => {
    const permit = changedExport((p) => {
      const skins = p.lineItems[1];
      if (skins !== undefined) Object.assign(skins, { term: 'MEA', quantity: { amount: 20, unit: 'KGM' } });
    });
    expect(checkTermUnitPair(permit)).toEqual([]);
  });

  it('warns, naming the usual units, when live animals are given in cubic metres', () => {
    const permit = changedExport((p) => {
      const [live] = p.lineItems;
      if (live !== undefined) live.quantity = { amount: 4, unit: 'MTQ' };
    });
    const findings = checkTermUnitPair(permit);
    expect(codes(findings)).toEqual(['term-unit.unusual-pair']);
    expect(findings[0]).toMatchObject({ severity: 'warning', path: 'lineItems.0.quantity.unit' });
    expect(findings[0]?.message.en).toContain('number of specimens');
    expect(findings[0]?.message.es).toContain('número de especímenes');
  });

  it('warns when caviar is counted instead of weighed', () => {
    const permit = changedExport((p) => {
      const [item] = p.lineItems;
      if (item !== undefined) item.term = 'CAV';
    });
    expect(codes(checkTermUnitPair(permit))).toEqual(['term-unit.unusual-pair']);
  });
});

describe('the term/unit data', () => {
  it('gives every current term at least one preferred unit', () => {
    for (const term of currentTermCodes) expect(termUnits[term].preferred.length, term).toBeGreaterThan(0);
  });

  it.runIf(existsSync(PAIRS_2018))('holds only pairs the Trade Database accepted in 2018 (for the terms it had)', () => {
    const rows = readFileSync(PAIRS_2018, 'utf8').trim().split(/\r?\n/).slice(1).map((line) => line.split(','));
    const accepted = new Set(rows.map(([term, unit]) => `${term}|${unit ?? ''}`));
    const termsIn2018 = new Set(rows.map(([term]) => term));
    // 2018 used the legacy codes: KIL for KGM, CCM, SQM, CUM, and a blank for number of specimens.
    const legacyOf = (unit: string) => (unit === 'NAR' ? '' : (unitRecords.find((record) => record.code === unit)?.replaces ?? unit));
    const refused = currentTermCodes.flatMap((term) => {
      if (!termsIn2018.has(term)) return [];
      const { preferred, alternative } = termUnits[term];
      return [...preferred, ...alternative].filter((unit) => !accepted.has(`${term}|${legacyOf(unit)}`)).map((unit) => `${term} ${unit}`);
    });
    expect(refused).toEqual([]);
  });
});
