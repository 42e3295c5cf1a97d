// Boxes 7 and 10 against the checklist: the taxon must be a listed one, named by its accepted (standard
// nomenclature, Res. Conf. 12.11) name, and the line item's appendix must be one the taxon is listed in.
// Not found: error (a specimen outside the checklist needs no CITES document, or the name is mistyped).
// Named by a synonym: warning naming the accepted name. A species covered only by its genus' listing:
// warning, so a mistyped species name in a listed genus does not pass unseen.
import type { Appendix, Taxon } from '../../species/taxon.ts';
import type { LocalizedMessage } from '../localized-error.ts';
import type { LineItem } from '../model/line-item.ts';
import type { Permit } from '../model/permit.ts';
import type { ChecklistLookup } from './checklist-lookup.ts';
import { errorFinding, warningFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { appendixName, lineItemName } from './names.ts';
import type { RuleContext } from './rule-context.ts';

interface Identified {
  readonly taxon: Taxon | undefined;
  readonly findings: readonly Finding[];
}

function synonymFinding(index: number, typed: string, taxon: Taxon): Finding {
  const line = lineItemName(index);
  return warningFinding('checklist.synonym', `lineItems.${index}.taxon.scientificName`, {
    en: `${line.en}: "${typed}" is a synonym; the accepted name is ${taxon.scientificName}. Use it on the permit.`,
    fr: `${line.fr} : « ${typed} » est un synonyme ; le nom accepté est ${taxon.scientificName}. Utilisez-le sur le permis.`,
    es: `${line.es}: «${typed}» es un sinónimo; el nombre aceptado es ${taxon.scientificName}. Utilícelo en el permiso.`,
  });
}

function identifyById(item: LineItem, index: number, id: number, checklist: ChecklistLookup): Identified {
  const line = lineItemName(index);
  const taxon = checklist.byId(id);
  if (taxon === undefined) {
    return {
      taxon,
      findings: [errorFinding('checklist.unknown-taxon-id', `lineItems.${index}.taxon.taxonId`, {
        en: `${line.en}: the checklist has no taxon with id ${id} (${item.taxon.scientificName}).`,
        fr: `${line.fr} : la liste des espèces ne contient aucun taxon d’identifiant ${id} (${item.taxon.scientificName}).`,
        es: `${line.es}: la lista de especies no contiene ningún taxón con el identificador ${id} (${item.taxon.scientificName}).`,
      })],
    };
  }
  const typed = item.taxon.scientificName;
  const match = checklist.byName(typed);
  if (match?.kind === 'accepted' && match.taxon.id === id) return { taxon, findings: [] };
  if (match?.kind === 'synonym' && match.taxon.id === id) return { taxon, findings: [synonymFinding(index, typed, taxon)] };
  return {
    taxon,
    findings: [errorFinding('checklist.name-does-not-match-id', `lineItems.${index}.taxon.scientificName`, {
      en: `${line.en}: the name "${typed}" does not belong to checklist taxon ${id}, ${taxon.scientificName}.`,
      fr: `${line.fr} : le nom « ${typed} » n’appartient pas au taxon ${id} de la liste des espèces, ${taxon.scientificName}.`,
      es: `${line.es}: el nombre «${typed}» no corresponde al taxón ${id} de la lista de especies, ${taxon.scientificName}.`,
    })],
  };
}

function identifyByName(item: LineItem, index: number, checklist: ChecklistLookup): Identified {
  const line = lineItemName(index);
  const typed = item.taxon.scientificName;
  const path = `lineItems.${index}.taxon.scientificName`;
  const match = checklist.byName(typed);
  if (match === undefined) {
    return {
      taxon: undefined,
      findings: [errorFinding('checklist.taxon-not-found', path, {
        en: `${line.en}: "${typed}" is not in the CITES checklist. Check the spelling, or choose the taxon from the species search.`,
        fr: `${line.fr} : « ${typed} » ne figure pas dans la liste des espèces CITES. Vérifiez l’orthographe ou choisissez le taxon dans la recherche d’espèces.`,
        es: `${line.es}: «${typed}» no figura en la lista de especies CITES. Compruebe la ortografía o elija el taxón en la búsqueda de especies.`,
      })],
    };
  }
  if (match.kind === 'synonym') return { taxon: match.taxon, findings: [synonymFinding(index, typed, match.taxon)] };
  if (match.kind === 'genus') {
    const genus = match.taxon.scientificName;
    return {
      taxon: match.taxon,
      findings: [warningFinding('checklist.covered-by-genus', path, {
        en: `${line.en}: "${typed}" is not in the checklist by name; it is covered by the listing of the genus ${genus}. Check the spelling.`,
        fr: `${line.fr} : « ${typed} » ne figure pas nommément dans la liste des espèces ; il relève de l’inscription du genre ${genus}. Vérifiez l’orthographe.`,
        es: `${line.es}: «${typed}» no figura por su nombre en la lista de especies; está cubierto por la inclusión del género ${genus}. Compruebe la ortografía.`,
      })],
    };
  }
  return { taxon: match.taxon, findings: [] };
}

/** "Appendix I and Appendix II" in each language, with the article or preposition the sentence needs. */
function listedIn(appendices: readonly Appendix[]): LocalizedMessage {
  const names = appendices.map(appendixName);
  return {
    en: names.map((name) => name.en).join(' and '),
    fr: names.map((name) => `à l’${name.fr}`).join(' et '),
    es: names.map((name) => `en el ${name.es}`).join(' y '),
  };
}

function appendixFindings(item: LineItem, index: number, taxon: Taxon): Finding[] {
  const listed = taxon.listing.appendices;
  if (listed.includes(item.appendix)) return [];
  const line = lineItemName(index);
  const name = taxon.scientificName;
  const given = appendixName(item.appendix);
  const path = `lineItems.${index}.appendix`;
  if (listed.length === 0) {
    return [errorFinding('checklist.appendix-mismatch', path, {
      en: `${line.en}: ${name} is not listed in any appendix, so not in ${given.en}.`,
      fr: `${line.fr} : ${name} n’est inscrit à aucune annexe, donc pas à l’${given.fr}.`,
      es: `${line.es}: ${name} no está incluido en ningún apéndice, por tanto tampoco en el ${given.es}.`,
    })];
  }
  const where = listedIn(listed);
  return [errorFinding('checklist.appendix-mismatch', path, {
    en: `${line.en}: ${name} is listed in ${where.en}, not in ${given.en}.`,
    fr: `${line.fr} : ${name} est inscrit ${where.fr}, et non à l’${given.fr}.`,
    es: `${line.es}: ${name} está incluido ${where.es}, no en el ${given.es}.`,
  })];
}

export function checkChecklist(permit: Permit, context: RuleContext): Finding[] {
  return permit.lineItems.flatMap((item, index) => {
    const { taxonId } = item.taxon;
    const { taxon, findings } = taxonId === null ? identifyByName(item, index, context.checklist) : identifyById(item, index, taxonId, context.checklist);
    return taxon === undefined ? [...findings] : [...findings, ...appendixFindings(item, index, taxon)];
  });
}
