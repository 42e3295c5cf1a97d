// Box 11a and the device's quota shares. Quotas are annual export quotas, so the share check runs on
// documents under which specimens leave the country, for the year of issue (box 13, else today).
//  - error: box 11a says more was exported than the quota;
//  - error: box 11a is filled (the taxon is under quota) but the device holds no share for it this year;
//  - error: the line items' unit differs from the share's (the amounts cannot be added);
//  - error: the share's use so far plus this permit exceeds the share;
//  - warning, "near": this permit brings the share's use to 90 % or more, so the official can ask HQ for
//    more share before the device is blocked in the field.
import { EXPORTING_DOCUMENT_TYPES } from '../model/document-type.ts';
import type { LineItem } from '../model/line-item.ts';
import type { Permit } from '../model/permit.ts';
import { errorFinding, warningFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { lineItemName } from './names.ts';
import type { QuotaShare } from './quota-share.ts';
import type { RuleContext } from './rule-context.ts';

/** Use of a share at or above this fraction, after the permit, is "near" the share. */
export const QUOTA_NEAR_FRACTION = 0.9;

function boxElevenAFindings(permit: Permit): Finding[] {
  return permit.lineItems.flatMap((item, index) => {
    if (item.quota === null || item.quota.totalExported <= item.quota.annualQuota) return [];
    const line = lineItemName(index);
    const { totalExported, annualQuota } = item.quota;
    return [errorFinding('quota.box-11a-exceeded', `lineItems.${index}.quota.totalExported`, {
      en: `${line.en}: box 11a gives ${totalExported} exported against an annual quota of ${annualQuota}.`,
      fr: `${line.fr} : la case 11a indique ${totalExported} exportés pour un quota annuel de ${annualQuota}.`,
      es: `${line.es}: la casilla 11a indica ${totalExported} exportados frente a un cupo anual de ${annualQuota}.`,
    })];
  });
}

function shareFindings(permit: Permit, shares: readonly QuotaShare[], year: number): Finding[] {
  const findings: Finding[] = [];
  const itemsByTaxon = new Map<number, { index: number; item: LineItem }[]>();
  permit.lineItems.forEach((item, index) => {
    if (item.taxon.taxonId === null) return;
    itemsByTaxon.set(item.taxon.taxonId, [...(itemsByTaxon.get(item.taxon.taxonId) ?? []), { index, item }]);
  });
  for (const [taxonId, items] of itemsByTaxon) {
    const first = items[0];
    if (first === undefined) continue;
    const name = first.item.taxon.scientificName;
    const share = shares.find((candidate) => candidate.taxonId === taxonId && candidate.year === year);
    if (share === undefined) {
      const underQuota = items.find(({ item }) => item.quota !== null);
      if (underQuota !== undefined) {
        findings.push(errorFinding('quota.no-share', `lineItems.${underQuota.index}.quota`, {
          en: `${name} is under an export quota, but this device holds no share of the ${year} quota: ask HQ for one before issuing.`,
          fr: `${name} est soumis à un quota d’exportation, mais cet appareil ne détient aucune part du quota ${year} : demandez-en une au siège avant de délivrer.`,
          es: `${name} está sujeto a un cupo de exportación, pero este dispositivo no tiene ninguna parte del cupo de ${year}: solicítela a la sede antes de expedir.`,
        }));
      }
      continue;
    }
    const mismatched = items.find(({ item }) => item.quantity.unit !== share.unit);
    if (mismatched !== undefined) {
      const shareUnit = share.unit ?? 'NAR';
      findings.push(errorFinding('quota.unit-mismatch', `lineItems.${mismatched.index}.quantity.unit`, {
        en: `The ${year} quota share for ${name} is counted in ${shareUnit}: give the quantity in that unit.`,
        fr: `La part du quota ${year} pour ${name} est comptée en ${shareUnit} : indiquez la quantité dans cette unité.`,
        es: `La parte del cupo de ${year} para ${name} se cuenta en ${shareUnit}: indique la cantidad en esa unidad.`,
      }));
      continue;
    }
    const onPermit = items.reduce((sum, { item }) => sum + item.quantity.amount, 0);
    const total = share.used + onPermit;
    const path = `lineItems.${first.index}.quantity.amount`;
    const remaining = share.amount - share.used;
    if (total > share.amount) {
      findings.push(errorFinding('quota.share-exceeded', path, {
        en: `${name}: this permit (${onPermit}) exceeds what remains of this device's ${year} quota share (${remaining} of ${share.amount}).`,
        fr: `${name} : ce permis (${onPermit}) dépasse ce qui reste de la part du quota ${year} détenue par cet appareil (${remaining} sur ${share.amount}).`,
        es: `${name}: este permiso (${onPermit}) supera lo que queda de la parte del cupo de ${year} de este dispositivo (${remaining} de ${share.amount}).`,
      }));
    } else if (total >= QUOTA_NEAR_FRACTION * share.amount) {
      const left = share.amount - total;
      findings.push(warningFinding('quota.share-nearly-used', path, {
        en: `${name}: after this permit, only ${left} of this device's ${year} quota share of ${share.amount} remains.`,
        fr: `${name} : après ce permis, il ne reste que ${left} de la part du quota ${year} de ${share.amount} détenue par cet appareil.`,
        es: `${name}: tras este permiso, solo quedan ${left} de la parte del cupo de ${year} de ${share.amount} de este dispositivo.`,
      }));
    }
  }
  return findings;
}

export function checkQuota(permit: Permit, context: RuleContext): Finding[] {
  const findings = boxElevenAFindings(permit);
  if (context.quotaShares === null || !EXPORTING_DOCUMENT_TYPES.has(permit.document.type)) return findings;
  const year = Number((permit.issuance?.date ?? context.clock()).slice(0, 4));
  return [...findings, ...shareFindings(permit, context.quotaShares, year)];
}
