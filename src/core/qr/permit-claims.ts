// What a permit QR asserts: the boxes an inspector compares with the paper and the shipment (DESIGN §6).
// Everything else (addresses, the applicant, box 5 conditions, box 12 origins…) stays on the paper and at HQ.
// Codes have the permit model's types: a QR claims nothing a permit could not hold.
import type { CalendarDate } from '../permit/calendar-date.ts';
import type { PermitDocument } from '../permit/model/document-type.ts';
import type { LineItem, QuantityUnit } from '../permit/model/line-item.ts';
import type { ManagementAuthority, Trader } from '../permit/model/parties.ts';
import type { Permit } from '../permit/model/permit.ts';

/** Boxes 3/3a and 4: the trader's name and country, not the address. */
export interface ClaimedTrader {
  readonly name: string;
  readonly country: Trader['country'];
}

/** Boxes 7–11 of one line item. */
export interface ClaimedLineItem {
  /** The checklist (Species+) id; null when the name was typed and not found in the checklist. */
  readonly taxonId: number | null;
  readonly scientificName: string;
  readonly appendix: LineItem['appendix'];
  readonly source: LineItem['source'];
  readonly term: LineItem['term'];
  readonly quantity: number;
  /** Null means number of specimens (never NAR, so that a quantity has one representation). */
  readonly unit: QuantityUnit | null;
}

export interface PermitClaims {
  /** The permit's stable id (a UUID): what an inspector's endorsement entry names, on a device that never held the permit. */
  readonly permitId: string;
  readonly number: string;
  readonly document: PermitDocument;
  readonly issuingParty: ManagementAuthority['party'];
  readonly issueDate: CalendarDate;
  readonly validUntil: CalendarDate;
  readonly importer: ClaimedTrader;
  readonly exporter: ClaimedTrader;
  readonly purpose: Permit['purpose'];
  /** Box 5b; null when the Party affixed no security stamp. */
  readonly securityStamp: string | null;
  readonly lineItems: readonly ClaimedLineItem[];
}
