// What the demo tablets do, session by session, so that the demo holds one permit in every state. Each
// session is one tablet's acts followed by its sync push: the officer captures and processes applications,
// the approver decides, issues, prints, cancels and replaces, the inspector endorses an export at the
// airport, and the officer comes back to submit the replacement application. Four eyes holds throughout:
// the officer prepares, the approver decides.
import { isCborRecord, type CborRecord } from '../../core/log/cbor-data.ts';
import type { ApplicationContent } from '../../core/log/permit-act-bodies.ts';
import type { CalendarDate } from '../../core/permit/calendar-date.ts';
import type { StoredPermitState } from '../../core/permit/lifecycle.ts';
import type { DemoSample } from './demo-applications.ts';
import { demoIssuedBody } from './demo-issue.ts';
import type { DemoAct } from './demo-tablet-chain.ts';
import type { DemoFieldRole } from './demo-tablets.ts';

/** The state each sample is left in. */
export const DEMO_END_STATES: Readonly<Record<DemoSample, StoredPermitState>> = {
  draft: 'draft',
  replacement: 'requested',
  processed: 'processed',
  approved: 'approved',
  issued: 'issued',
  endorsed: 'endorsed',
  cancelled: 'cancelled',
  rejected: 'rejected',
  replaced: 'replaced',
};

export interface DemoSession {
  readonly role: DemoFieldRole;
  readonly acts: readonly DemoAct[];
}

export interface DemoFacts {
  readonly ids: Readonly<Record<DemoSample, string>>;
  readonly applications: Readonly<Record<DemoSample, ApplicationContent>>;
  readonly today: CalendarDate;
  /** The approver tablet's device code: box 1 of the permits it issues. */
  readonly approverDevice: string;
  /** The display names of the approver (box 13) and of the inspector (box 14). */
  readonly official: string;
  readonly inspector: string;
}

export function demoSessions(facts: DemoFacts): DemoSession[] {
  const { ids, applications } = facts;
  const act = (sample: DemoSample, action: DemoAct['action'], body: CborRecord = {}): DemoAct => ({ action, permit: ids[sample], body });
  const content = (sample: DemoSample): CborRecord => ({ content: cborOf(applications[sample]) });
  const submitted = (sample: DemoSample): DemoAct[] => [act(sample, 'requested', content(sample)), act(sample, 'processed')];
  let sequence = 0;
  const issued = (sample: DemoSample): DemoAct[] => {
    sequence += 1;
    const issue = { device: facts.approverDevice, sequence, today: facts.today, official: facts.official };
    return [act(sample, 'approved'), act(sample, 'issued', demoIssuedBody(applications[sample], issue))];
  };
  return [
    {
      role: 'officer',
      acts: [
        act('draft', 'drafted', content('draft')),
        ...submitted('processed'),
        act('approved', 'requested', content('approved')),
        act('approved', 'altered', { boxes: { specialConditions: 'Bark harvested under the Mount Kenya forest management plan, harvest licence MK/HV/0231 (demo).' } }),
        act('approved', 'processed', { note: 'Harvest licence checked with the forest service.' }),
        ...submitted('issued'),
        ...submitted('endorsed'),
        ...submitted('cancelled'),
        ...submitted('rejected'),
        ...submitted('replaced'),
      ],
    },
    {
      role: 'approver',
      acts: [
        act('approved', 'approved', { note: 'Non-detriment finding of the Scientific Authority on file.' }),
        ...issued('issued'),
        act('issued', 'printed', { copies: 1 }),
        ...issued('endorsed'),
        act('endorsed', 'printed', { copies: 1 }),
        ...issued('cancelled'),
        act('cancelled', 'cancelled', { reason: 'The importer withdrew the order before shipment; the original was returned to the office.' }),
        act('rejected', 'rejected', { reason: 'The farm is not a registered captive-breeding operation and no evidence of breeding in captivity was provided.' }),
        ...issued('replaced'),
        act('replaced', 'replaced', { reason: 'Box 11 gave 60 samples; the import permit covers 48. Replaced by a corrected application.', replacedBy: ids.replacement }),
      ],
    },
    {
      role: 'inspector',
      acts: [
        act('endorsed', 'endorsed', {
          endorsement: {
            actualQuantities: [4],
            port: 'Jomo Kenyatta International Airport, Nairobi',
            date: facts.today,
            inspector: facts.inspector,
            billOfLading: '706-51234566',
          },
        }),
      ],
    },
    { role: 'officer', acts: [act('replacement', 'requested', content('replacement'))] },
  ];
}

/** Through JSON, as the app does (screen-act-body.ts): CBOR has no `undefined`. */
function cborOf(application: ApplicationContent): CborRecord {
  const data: unknown = JSON.parse(JSON.stringify(application));
  if (!isCborRecord(data)) throw new Error('demo: an application is not a JSON object');
  return data;
}
