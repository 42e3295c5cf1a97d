import type { CalendarDate } from '../../../core/permit/calendar-date.ts';
import type { PermitDraft } from '../../../core/permit/model/permit-draft.ts';
import { permitSchema } from '../../../core/permit/model/permit.ts';
import type { ChecklistLookup } from '../../../core/permit/rules/checklist-lookup.ts';
import type { Finding } from '../../../core/permit/rules/finding.ts';
import type { QuotaShare } from '../../../core/permit/rules/quota-share.ts';
import { invalidValueFindings } from '../../../core/permit/rules/schema-findings.ts';
import { validatePermit } from '../../../core/permit/rules/validate-permit.ts';

export interface ApplicationCheck {
  /** Whether every box an application needs is filled, so that the Convention's rules have run. */
  complete: boolean;
  findings: readonly Finding[];
}

/**
 * The Convention's rules on an application. They judge whole permits, so they run once every box an
 * application needs is filled (the boxes issue fills, 1's number, 2, 5b, 13–15, may still be empty); until
 * then a box holding a wrong value (a negative quantity, a malformed date) is reported as it is typed.
 * `quotaShares` are the device's shares with their use so far (quota/device-quota-shares.ts).
 */
export function checkApplication(draft: PermitDraft, checklist: ChecklistLookup, today: CalendarDate, quotaShares: readonly QuotaShare[]): ApplicationCheck {
  const parsed = permitSchema.safeParse({
    number: null,
    validUntil: null,
    issuance: null,
    endorsement: null,
    ...draft,
    status: 'draft',
  }, { reportInput: true });
  if (!parsed.success) return { complete: false, findings: invalidValueFindings(parsed.error) };
  const permit = parsed.data;
  const { errors, warnings } = validatePermit(permit, {
    checklist,
    // Until enrolment gives the device its authority, the issuing Party is the one box 6 names.
    authorityParty: permit.managementAuthority.party,
    // The shares HQ gave this device (they arrive with sync), each with what the device has issued against it.
    quotaShares,
    clock: () => today,
  });
  return { complete: true, findings: [...errors, ...warnings] };
}
