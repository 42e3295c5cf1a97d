// The QR claims of an issued permit: its number, box 2 validity and box 13 issue date must be set.
import type { LineItem } from '../permit/model/line-item.ts';
import type { Trader } from '../permit/model/parties.ts';
import type { Permit } from '../permit/model/permit.ts';
import { failure, success, type Result } from '../permit/result.ts';
import type { ClaimedLineItem, ClaimedTrader, PermitClaims } from './permit-claims.ts';
import { permitQrError, type PermitQrError } from './permit-qr-error.ts';

function claimedTrader(trader: Trader): ClaimedTrader {
  return { name: trader.name, country: trader.country };
}

function claimedLineItem(item: LineItem): ClaimedLineItem {
  return {
    taxonId: item.taxon.taxonId,
    scientificName: item.taxon.scientificName,
    appendix: item.appendix,
    source: item.source,
    term: item.term,
    quantity: item.quantity.amount,
    unit: item.quantity.unit ?? null,
  };
}

export function permitClaimsFromPermit(permit: Permit): Result<PermitClaims, PermitQrError> {
  const { number, validUntil, issuance } = permit;
  if (number === null || validUntil === null || issuance === null) {
    const missing = [number === null && 'number', validUntil === null && 'validUntil', issuance === null && 'issuance'].filter(Boolean);
    return failure(permitQrError('qr.not-issued', `the permit has no ${missing.join(', ')}`));
  }
  return success({
    permitId: permit.id,
    number,
    document: permit.document,
    issuingParty: permit.managementAuthority.party,
    issueDate: issuance.date,
    validUntil,
    importer: claimedTrader(permit.importer),
    exporter: claimedTrader(permit.exporter),
    purpose: permit.purpose,
    securityStamp: permit.securityStamp,
    lineItems: permit.lineItems.map(claimedLineItem),
  });
}
