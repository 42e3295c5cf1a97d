// What boxes 7–12b print for one line item: the permit model's values as text, "-" for "not applicable".
import type { LineItem } from '../permit/model/line-item.ts';

const NOT_APPLICABLE = '-';

export interface LineItemCells {
  readonly names: string;
  readonly description: string;
  readonly appendixAndSource: string;
  readonly quantity: string;
  readonly quota: string;
  readonly origin: string;
  readonly lastReExport: string;
  readonly operationOrAcquisition: string;
}

function joined(parts: readonly (string | null)[]): string {
  const present = parts.filter((part): part is string => part !== null && part !== '');
  return present.length === 0 ? NOT_APPLICABLE : present.join(', ');
}

export function lineItemCells(item: LineItem): LineItemCells {
  const { taxon, quantity, quota, origin, lastReExport } = item;
  return {
    names: taxon.commonName === '' ? taxon.scientificName : `${taxon.scientificName}\n${taxon.commonName}`,
    description: item.marks === '' ? `${item.description} (${item.term})` : `${item.description} (${item.term})\n${item.marks}`,
    appendixAndSource: `${item.appendix} / ${item.source}`,
    // No unit is a number of specimens; the unit code is printed as the Trade Database writes it.
    quantity: quantity.unit === undefined ? String(quantity.amount) : `${quantity.amount} ${quantity.unit}`,
    quota: quota === null ? NOT_APPLICABLE : `${quota.totalExported} / ${quota.annualQuota}`,
    origin: origin === null ? NOT_APPLICABLE : joined([origin.country, origin.permitNumber, origin.date]),
    lastReExport: lastReExport === null ? NOT_APPLICABLE : joined([lastReExport.country, lastReExport.certificateNumber, lastReExport.date]),
    operationOrAcquisition: joined([item.operationNumber, item.acquisitionDate]),
  };
}
