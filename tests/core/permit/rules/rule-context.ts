// The context the rule tests run in: the demo checklist, Kenya's authority, a fixed clock, quota shares.
import { calendarDateSchema } from '../../../../src/core/permit/calendar-date.ts';
import type { Permit } from '../../../../src/core/permit/model/permit.ts';
import { makeChecklistLookup } from '../../../../src/core/permit/rules/checklist-lookup.ts';
import type { Finding } from '../../../../src/core/permit/rules/finding.ts';
import type { QuotaShare } from '../../../../src/core/permit/rules/quota-share.ts';
import type { RuleContext } from '../../../../src/core/permit/rules/rule-context.ts';
import { demoChecklistTaxa } from '../../../../src/core/species/data/demo-checklist.ts';
import { validExport } from '../permit-fixture.ts';

export const TODAY = '2026-11-26';

/** Varanus niloticus (4465), the fixture's quota-bound line item: 200 on the permit, 1,000 held. */
export const VARANUS_SHARE: QuotaShare = { taxonId: 4465, year: 2026, amount: 1000, used: 0 };

const checklist = makeChecklistLookup(demoChecklistTaxa);

export function ruleContext(overrides: Partial<RuleContext> = {}): RuleContext {
  const today = calendarDateSchema.parse(TODAY);
  return { checklist, authorityParty: 'KE', quotaShares: [VARANUS_SHARE], clock: () => today, ...overrides };
}

/** The example permit with a change applied, for the negative cases. */
export function changedExport(change: (permit: Permit) => void): Permit {
  const permit = validExport();
  change(permit);
  return permit;
}

export function codes(findings: readonly Finding[]): string[] {
  return findings.map((finding) => finding.code);
}

export function date(text: string) {
  return calendarDateSchema.parse(text);
}
