// One permit, one consignment (Res. Conf. 12.3 §II): a document covers one shipment from one exporter to
// one importer. The model holds exactly one importer (boxes 3/3a) and one exporter (box 4), so several
// consignees cannot even be written down; this rule checks what the shape cannot: that the two ends are in
// different countries, that the issuing Party is the one the consignment leaves (or, for an import permit,
// enters), that the endorsement (box 14) speaks of this consignment's line items, and that no line item
// repeats another (two lines for the same specimens would double-count the consignment).
import { countryByCode } from '../../codes/countries.ts';
import { EXPORTING_DOCUMENT_TYPES } from '../model/document-type.ts';
import type { LineItem } from '../model/line-item.ts';
import type { Permit } from '../model/permit.ts';
import { errorFinding, warningFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { lineItemName } from './names.ts';

/** A dependent territory's documents are issued by the Party responsible for it. */
function isInParty(country: string, party: string): boolean {
  return country === party || countryByCode(country)?.dependentOn === party;
}

function lineItemKey(item: LineItem): string {
  const name = item.taxon.taxonId ?? item.taxon.scientificName.toLowerCase();
  return [name, item.term, item.appendix, item.source, item.quantity.unit ?? 'NAR', item.description.toLowerCase()].join('|');
}

export function checkOneConsignment(permit: Permit): Finding[] {
  const findings: Finding[] = [];
  const party = permit.managementAuthority.party;
  const { importer, exporter } = permit;
  if (importer.country === exporter.country) {
    findings.push(errorFinding('consignment.same-country', 'importer.country', {
      en: `The importer and the exporter are in the same country (${importer.country}): a CITES document covers trade between two countries.`,
      fr: `L’importateur et l’exportateur se trouvent dans le même pays (${importer.country}) : un document CITES couvre un commerce entre deux pays.`,
      es: `El importador y el exportador están en el mismo país (${importer.country}): un documento CITES cubre el comercio entre dos países.`,
    }));
  }
  if (EXPORTING_DOCUMENT_TYPES.has(permit.document.type) && !isInParty(exporter.country, party)) {
    findings.push(errorFinding('consignment.exporter-outside-issuing-party', 'exporter.country', {
      en: `The exporter's country (${exporter.country}) is not the Party issuing the document (${party}): a Party issues export documents only for consignments leaving its territory.`,
      fr: `Le pays de l’exportateur (${exporter.country}) n’est pas la Partie qui délivre le document (${party}) : une Partie ne délivre de documents d’exportation que pour des envois quittant son territoire.`,
      es: `El país del exportador (${exporter.country}) no es la Parte que expide el documento (${party}): una Parte solo expide documentos de exportación para envíos que salen de su territorio.`,
    }));
  }
  if (permit.document.type === 'import-permit' && !isInParty(importer.country, party)) {
    findings.push(errorFinding('consignment.importer-outside-issuing-party', 'importer.country', {
      en: `The importer's country (${importer.country}) is not the Party issuing the import permit (${party}): a Party issues import permits only for consignments entering its territory.`,
      fr: `Le pays de l’importateur (${importer.country}) n’est pas la Partie qui délivre le permis d’importation (${party}) : une Partie ne délivre de permis d’importation que pour des envois entrant sur son territoire.`,
      es: `El país del importador (${importer.country}) no es la Parte que expide el permiso de importación (${party}): una Parte solo expide permisos de importación para envíos que entran en su territorio.`,
    }));
  }
  const endorsement = permit.endorsement;
  if (endorsement !== null && endorsement.actualQuantities.length !== permit.lineItems.length) {
    findings.push(errorFinding('consignment.endorsement-line-count', 'endorsement.actualQuantities', {
      en: `The endorsement gives ${endorsement.actualQuantities.length} quantities for ${permit.lineItems.length} line items: give one actual quantity per line item.`,
      fr: `Le visa indique ${endorsement.actualQuantities.length} quantités pour ${permit.lineItems.length} lignes : indiquez une quantité réelle par ligne.`,
      es: `El refrendo indica ${endorsement.actualQuantities.length} cantidades para ${permit.lineItems.length} líneas: indique una cantidad real por línea.`,
    }));
  }
  endorsement?.actualQuantities.forEach((actual, index) => {
    const permitted = permit.lineItems[index]?.quantity.amount;
    if (permitted === undefined || actual <= permitted) return;
    const line = lineItemName(index);
    findings.push(errorFinding('consignment.endorsed-quantity-exceeds-permit', `endorsement.actualQuantities.${index}`, {
      en: `${line.en}: the actual quantity exported (${actual}) exceeds the quantity on the permit (${permitted}).`,
      fr: `${line.fr} : la quantité réellement exportée (${actual}) dépasse la quantité indiquée sur le permis (${permitted}).`,
      es: `${line.es}: la cantidad realmente exportada (${actual}) supera la cantidad que figura en el permiso (${permitted}).`,
    }));
  });
  const firstIndexByKey = new Map<string, number>();
  permit.lineItems.forEach((item, index) => {
    const key = lineItemKey(item);
    const first = firstIndexByKey.get(key);
    if (first === undefined) {
      firstIndexByKey.set(key, index);
      return;
    }
    const line = lineItemName(index);
    const earlier = lineItemName(first);
    findings.push(warningFinding('consignment.duplicate-line-item', `lineItems.${index}`, {
      en: `${line.en} repeats ${earlier.en} (same taxon, description, term, appendix, source and unit): add the quantities on one line.`,
      fr: `La ${line.fr} répète la ${earlier.fr} (même taxon, description, terme, annexe, source et unité) : additionnez les quantités sur une seule ligne.`,
      es: `La ${line.es} repite la ${earlier.es} (mismo taxón, descripción, término, apéndice, origen y unidad): sume las cantidades en una sola línea.`,
    }));
  });
  return findings;
}
