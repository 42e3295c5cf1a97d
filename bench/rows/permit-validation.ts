// Full validation of one permit: schema parse and every Convention rule (validatePermit), against the demo
// checklist, as a device does before issue. DESIGN §11 budgets the whole issue (rules + sign + store) at
// 50 ms median; this row is its rules part. Baseline, in the same run: the zod parse alone.
import { readFileSync } from 'node:fs';
import { calendarDateSchema } from '../../src/core/permit/calendar-date.ts';
import { permitSchema } from '../../src/core/permit/model/permit.ts';
import { makeChecklistLookup } from '../../src/core/permit/rules/checklist-lookup.ts';
import type { RuleContext } from '../../src/core/permit/rules/rule-context.ts';
import { validatePermit } from '../../src/core/permit/rules/validate-permit.ts';
import { demoChecklistTaxa } from '../../src/core/species/data/demo-checklist.ts';
import type { BenchRow } from '../table.ts';
import { median } from '../table.ts';

const FIXTURE = new URL('../../tests/fixtures/permits/valid-export.json', import.meta.url);
const BATCHES = 50;
const PER_BATCH = 200;

/** Median over batches of the mean time per call, in microseconds (one call is too short to time alone). */
function microsecondsPerCall(call: () => unknown): number {
  for (let i = 0; i < PER_BATCH * 5; i++) call(); // warm up the JIT
  const means: number[] = [];
  for (let batch = 0; batch < BATCHES; batch++) {
    const start = performance.now();
    for (let i = 0; i < PER_BATCH; i++) call();
    means.push(((performance.now() - start) * 1000) / PER_BATCH);
  }
  return median(means);
}

export function permitValidationRows(): BenchRow[] {
  const json: unknown = JSON.parse(readFileSync(FIXTURE, 'utf8'));
  const today = calendarDateSchema.parse('2026-11-26');
  const context: RuleContext = {
    checklist: makeChecklistLookup(demoChecklistTaxa),
    authorityParty: 'KE',
    quotaShares: [{ taxonId: 4465, year: 2026, amount: 1000, used: 0 }],
    clock: () => today,
  };
  const full = microsecondsPerCall(() => validatePermit(permitSchema.parse(json), context));
  const parseOnly = microsecondsPerCall(() => permitSchema.parse(json));
  return [
    {
      figure: 'validate one permit (schema + all rules), median',
      value: full,
      unit: 'µs',
      budget: { max: 50_000 },
      baseline: { label: 'zod parse alone', value: parseOnly },
      note: 'budget: DESIGN §11 "issue a permit (rules + sign + store) ≤ 50 ms", of which this is the rules part; the example permit of docs/permit-format.md, 2 line items',
    },
  ];
}
