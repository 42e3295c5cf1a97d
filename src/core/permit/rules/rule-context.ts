// What the rules need besides the permit, all injected so that core stays pure and tests stay exact.
import type { PartyCode } from '../../codes/data/country-codes.ts';
import type { CalendarDate } from '../calendar-date.ts';
import type { Permit } from '../model/permit.ts';
import type { ChecklistLookup } from './checklist-lookup.ts';
import type { Finding } from './finding.ts';
import type { QuotaShare } from './quota-share.ts';

export interface RuleContext {
  readonly checklist: ChecklistLookup;
  /** The Party of the authority whose device or server runs the check. */
  readonly authorityParty: PartyCode;
  /**
   * The quota shares this device holds. null where no device is involved (HQ, the CLI): then only the
   * consistency of box 11a itself is checked, since the shares live on the devices.
   */
  readonly quotaShares: readonly QuotaShare[] | null;
  /** Today's date in the authority's time zone. */
  readonly clock: () => CalendarDate;
}

export type PermitRule = (permit: Permit, context: RuleContext) => readonly Finding[];
