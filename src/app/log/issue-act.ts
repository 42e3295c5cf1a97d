// The issue act's boxes (1, 2, 5b, 13) and the rules run on the permit as it would be issued, before the
// act is signed: issue is refused while any rule reports an error.
import type { CborRecord } from '../../core/log/cbor-data.ts';
import type { CalendarDate } from '../../core/permit/calendar-date.ts';
import type { DocumentType } from '../../core/permit/model/document-type.ts';
import type { PermitDraft } from '../../core/permit/model/permit-draft.ts';
import { permitSchema } from '../../core/permit/model/permit.ts';
import { MAXIMUM_MONTHS } from '../../core/permit/rules/art6-validity.ts';
import { addMonths } from '../../core/permit/rules/calendar-months.ts';
import type { ChecklistLookup } from '../../core/permit/rules/checklist-lookup.ts';
import { errorFinding, type Finding } from '../../core/permit/rules/finding.ts';
import type { QuotaShare } from '../../core/permit/rules/quota-share.ts';
import { invalidValueFindings } from '../../core/permit/rules/schema-findings.ts';
import { validatePermit } from '../../core/permit/rules/validate-permit.ts';
import { partyCodeSchema } from '../../core/codes/schemas.ts';

/** What the approver types in the issue form. */
export interface IssueBoxes {
  readonly validUntil: string;
  readonly securityStamp: string;
  readonly place: string;
}

/** What the device fills in itself: box 1's number, today's date and the signed-in official (box 13). */
export interface IssueFacts {
  readonly number: string;
  readonly today: CalendarDate;
  readonly official: string;
}

/** Box 2's default: the longest validity Art. VI allows (6 months where it sets none). */
export function defaultValidUntil(type: DocumentType | undefined, today: CalendarDate): string {
  return addMonths(today, (type === undefined ? undefined : MAXIMUM_MONTHS[type]) ?? 6);
}

/** The `issued` body (docs/log-format.md §6); a blank stamp is null, which the rules then report. */
export function issuedBody(boxes: IssueBoxes, facts: IssueFacts): CborRecord {
  const stamp = boxes.securityStamp.trim();
  return {
    number: facts.number,
    validUntil: boxes.validUntil,
    securityStamp: stamp === '' ? null : stamp,
    issuance: { place: boxes.place.trim(), date: facts.today, official: facts.official },
  };
}

/**
 * Every rule's findings on the permit as issued with `body`; issue must wait while any is an error. `quotaShares`
 * are this device's shares with what it has issued against each (quota/device-quota-shares.ts): issuing past
 * one is an error.
 */
export function issueFindings(
  content: PermitDraft,
  body: CborRecord,
  checklist: ChecklistLookup,
  authorityParty: string,
  today: CalendarDate,
  quotaShares: readonly QuotaShare[],
): readonly Finding[] {
  const parsed = permitSchema.safeParse({ endorsement: null, ...content, ...body, status: 'issued' }, { reportInput: true });
  if (!parsed.success) {
    const findings = invalidValueFindings(parsed.error);
    return findings.length > 0 ? findings : [incomplete()];
  }
  const party = partyCodeSchema.safeParse(authorityParty);
  if (!party.success) return [incomplete()];
  const { errors, warnings } = validatePermit(parsed.data, { checklist, authorityParty: party.data, quotaShares, clock: () => today });
  return [...errors, ...warnings];
}

function incomplete(): Finding {
  return errorFinding('issue.incomplete', '', {
    en: 'The permit is not complete: fill in every box of the application and of the issue before issuing it.',
    fr: 'Le permis est incomplet : remplissez toutes les cases de la demande et de la délivrance avant de le délivrer.',
    es: 'El permiso está incompleto: cumplimente todas las casillas de la solicitud y de la expedición antes de expedirlo.',
  });
}
