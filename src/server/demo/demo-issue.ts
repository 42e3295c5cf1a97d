// The `issued` body of a demo permit, as the app's issue form writes it (src/app/log/issue-act.ts): box 1's
// number from the approver tablet's code and sequence, box 2 the longest validity Art. VI allows from today,
// box 5b a security stamp, box 13 place, today and the signed-in official. As on the tablet, issue is
// refused while any of the Convention's rules reports an error on the permit as it would be issued.
import type { CborRecord } from '../../core/log/cbor-data.ts';
import type { ApplicationContent } from '../../core/log/permit-act-bodies.ts';
import type { CalendarDate } from '../../core/permit/calendar-date.ts';
import { permitSchema } from '../../core/permit/model/permit.ts';
import { formatPermitNumber } from '../../core/permit/permit-number.ts';
import { MAXIMUM_MONTHS } from '../../core/permit/rules/art6-validity.ts';
import { addMonths } from '../../core/permit/rules/calendar-months.ts';
import { validatePermit } from '../../core/permit/rules/validate-permit.ts';
import { bundledChecklistLookup } from '../hq/quota-checklist.ts';
import { DEMO_PARTY } from './demo-authority.ts';

export interface DemoIssue {
  /** The approver tablet's device code. */
  readonly device: string;
  /** The tablet's permit sequence this year: 1, 2, … */
  readonly sequence: number;
  readonly today: CalendarDate;
  readonly official: string;
}

const ISSUE_PLACE = 'Nairobi';

export function demoIssuedBody(content: ApplicationContent, issue: DemoIssue): CborRecord {
  const number = formatPermitNumber({ party: DEMO_PARTY, year: Number(issue.today.slice(0, 4)), device: issue.device, sequence: issue.sequence });
  if (!number.ok) throw new Error(`demo: no permit number for ${issue.device}/${issue.sequence}: ${number.error.message.en}`);
  const months = (content.document?.type === undefined ? undefined : MAXIMUM_MONTHS[content.document.type]) ?? 6;
  const body = {
    number: number.value,
    validUntil: addMonths(issue.today, months),
    securityStamp: `KE-DEMO ${String(issue.sequence).padStart(6, '0')}`,
    issuance: { place: ISSUE_PLACE, date: issue.today, official: issue.official },
  };
  assertIssuable(content, body, issue.today);
  return body;
}

function assertIssuable(content: ApplicationContent, body: CborRecord, today: CalendarDate): void {
  const permit = permitSchema.safeParse({ endorsement: null, ...content, ...body, status: 'issued' });
  if (!permit.success) throw new Error(`demo: permit ${content.id} is incomplete: ${permit.error.issues[0]?.message ?? 'invalid'}`);
  const { errors } = validatePermit(permit.data, { checklist: bundledChecklistLookup, authorityParty: DEMO_PARTY, quotaShares: [], clock: () => today });
  if (errors.length > 0) throw new Error(`demo: permit ${content.id} breaks the rules: ${errors.map((error) => `${error.code}: ${error.message.en}`).join('; ')}`);
}
