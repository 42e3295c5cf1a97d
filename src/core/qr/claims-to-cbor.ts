// PermitClaims as the CBOR value that is signed: a map with small integer keys (docs/qr-format.md).
// Optional claims are left out rather than written as null: a byte saved, and one representation.
import { APPENDICES_IN_ORDER, CLAIM_KEY, DOCUMENT_TYPE_NUMBERS, LINE_ITEM_KEY } from './claim-keys.ts';
import { epochDayFromCalendarDate } from './epoch-days.ts';
import { permitIdToBytes } from './permit-id-bytes.ts';
import type { ClaimedLineItem, ClaimedTrader, PermitClaims } from './permit-claims.ts';

export type ClaimsCborMap = Map<number, unknown>;

/** A trader is the fixed pair [name, country]: both always present, so an array needs no keys. */
function traderValue(trader: ClaimedTrader): [string, string] {
  return [trader.name, trader.country];
}

function lineItemMap(item: ClaimedLineItem): ClaimsCborMap {
  const map: ClaimsCborMap = new Map();
  if (item.taxonId !== null) map.set(LINE_ITEM_KEY.taxonId, item.taxonId);
  map.set(LINE_ITEM_KEY.scientificName, item.scientificName);
  map.set(LINE_ITEM_KEY.appendix, APPENDICES_IN_ORDER.indexOf(item.appendix) + 1);
  map.set(LINE_ITEM_KEY.source, item.source);
  map.set(LINE_ITEM_KEY.term, item.term);
  map.set(LINE_ITEM_KEY.quantity, item.quantity);
  if (item.unit !== null) map.set(LINE_ITEM_KEY.unit, item.unit);
  return map;
}

export function claimsToCborMap(claims: PermitClaims): ClaimsCborMap {
  const map: ClaimsCborMap = new Map();
  map.set(CLAIM_KEY.number, claims.number);
  map.set(CLAIM_KEY.documentType, DOCUMENT_TYPE_NUMBERS.indexOf(claims.document.type));
  if (claims.document.type === 'other') map.set(CLAIM_KEY.otherDocumentDescription, claims.document.description);
  map.set(CLAIM_KEY.issuingParty, claims.issuingParty);
  map.set(CLAIM_KEY.issueDate, epochDayFromCalendarDate(claims.issueDate));
  map.set(CLAIM_KEY.validUntil, epochDayFromCalendarDate(claims.validUntil));
  map.set(CLAIM_KEY.importer, traderValue(claims.importer));
  map.set(CLAIM_KEY.exporter, traderValue(claims.exporter));
  map.set(CLAIM_KEY.purpose, claims.purpose);
  if (claims.securityStamp !== null) map.set(CLAIM_KEY.securityStamp, claims.securityStamp);
  map.set(CLAIM_KEY.lineItems, claims.lineItems.map(lineItemMap));
  map.set(CLAIM_KEY.permitId, permitIdToBytes(claims.permitId));
  return map;
}
