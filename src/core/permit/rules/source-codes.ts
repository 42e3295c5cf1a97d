// Source codes against appendix, kingdom and document type, with the definitions of the CITES Trade
// Database Guide v9, Annex 3 (Res. Conf. 12.3 (Rev. CoP19)):
//  D  Appendix-I animals bred in captivity for commercial purposes in registered operations, and Appendix-I
//     plants artificially propagated for commercial purposes (Art. VII(4)): Appendix I only; box 12b gives
//     the registered operation.
//  C, A  captive-bred animals / artificially propagated plants under Art. VII(5): on Appendix I only for
//     non-commercial purposes (commercial ones are D); a certificate of captive breeding or artificial
//     propagation covers only these two.
//  F, R  animals; A, Y plants.
//  O  pre-Convention specimens (Art. VII(2)): under a pre-Convention certificate, with the date of acquisition.
//  I  confiscated or seized: Appendix-I specimens so disposed of are not for commercial use (Res. Conf. 17.8).
//  X  taken in the marine environment not under the jurisdiction of any State: under a certificate of
//     introduction from the sea, and the country it comes from is HS.
import type { Permit } from '../model/permit.ts';
import type { LineItem } from '../model/line-item.ts';
import type { Taxon } from '../../species/taxon.ts';
import { errorFinding, warningFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { lineItemTaxon } from './line-item-taxon.ts';
import { lineItemName, sourceName } from './names.ts';
import type { RuleContext } from './rule-context.ts';

const ANIMAL_SOURCES: ReadonlySet<string> = new Set(['C', 'F', 'R']);
const PLANT_SOURCES: ReadonlySet<string> = new Set(['A', 'Y']);
const HIGH_SEAS = 'HS';

function kingdomFindings(item: LineItem, index: number, taxon: Taxon | undefined): Finding[] {
  const kingdom = taxon?.higherTaxa.kingdom;
  const path = `lineItems.${index}.source`;
  const line = lineItemName(index);
  const source = sourceName(item.source);
  if (kingdom === 'Animalia' && PLANT_SOURCES.has(item.source)) {
    return [errorFinding('source.plant-source-for-animal', path, {
      en: `${line.en}: ${source.en} applies to plants only.`,
      fr: `${line.fr} : la ${source.fr} ne s’applique qu’aux plantes.`,
      es: `${line.es}: el ${source.es} solo se aplica a plantas.`,
    })];
  }
  if (kingdom === 'Plantae' && ANIMAL_SOURCES.has(item.source)) {
    return [errorFinding('source.animal-source-for-plant', path, {
      en: `${line.en}: ${source.en} applies to animals only.`,
      fr: `${line.fr} : la ${source.fr} ne s’applique qu’aux animaux.`,
      es: `${line.es}: el ${source.es} solo se aplica a animales.`,
    })];
  }
  return [];
}

function lineItemFindings(permit: Permit, item: LineItem, index: number, taxon: Taxon | undefined): Finding[] {
  const findings = kingdomFindings(item, index, taxon);
  const type = permit.document.type;
  const path = `lineItems.${index}.source`;
  const line = lineItemName(index);
  const add = (finding: Finding) => findings.push(finding);

  if (item.source === 'D' && item.appendix !== 'I') {
    add(errorFinding('source.d-appendix-i-only', path, {
      en: `${line.en}: source D is only for Appendix-I specimens bred in captivity or artificially propagated for commercial purposes; use C or A for Appendix ${item.appendix}.`,
      fr: `${line.fr} : la source D est réservée aux spécimens de l’Annexe I élevés en captivité ou reproduits artificiellement à des fins commerciales ; utilisez C ou A pour l’Annexe ${item.appendix}.`,
      es: `${line.es}: el origen D es solo para especímenes del Apéndice I criados en cautividad o reproducidos artificialmente con fines comerciales; utilice C o A para el Apéndice ${item.appendix}.`,
    }));
  }
  if (item.source === 'D' && item.operationNumber === null) {
    add(warningFinding('source.d-registered-operation', `lineItems.${index}.operationNumber`, {
      en: `${line.en}: source D specimens come from an operation registered with the CITES Secretariat; give its registration number (box 12b).`,
      fr: `${line.fr} : les spécimens de source D proviennent d’un établissement enregistré auprès du Secrétariat CITES ; indiquez son numéro d’enregistrement (case 12b).`,
      es: `${line.es}: los especímenes de origen D proceden de un establecimiento registrado en la Secretaría CITES; indique su número de registro (casilla 12b).`,
    }));
  }
  if (item.appendix === 'I' && (item.source === 'C' || item.source === 'A') && permit.purpose === 'T') {
    add(errorFinding('source.appendix-i-commercial-captive-is-d', path, {
      en: `${line.en}: Appendix-I specimens bred in captivity or artificially propagated for commercial purposes have source D (Art. VII(4)); C and A on Appendix I are for non-commercial purposes.`,
      fr: `${line.fr} : les spécimens de l’Annexe I élevés en captivité ou reproduits artificiellement à des fins commerciales ont la source D (Art. VII(4)) ; C et A à l’Annexe I valent pour des fins non commerciales.`,
      es: `${line.es}: los especímenes del Apéndice I criados en cautividad o reproducidos artificialmente con fines comerciales tienen el origen D (Art. VII(4)); C y A en el Apéndice I son para fines no comerciales.`,
    }));
  }
  if (type === 'captive-breeding-certificate' && item.source !== 'C' && item.source !== 'A') {
    add(errorFinding('source.captive-breeding-certificate-needs-c-or-a', path, {
      en: `${line.en}: a certificate of captive breeding or artificial propagation covers only source C or A (Art. VII(5)).`,
      fr: `${line.fr} : un certificat d’élevage en captivité ou de reproduction artificielle ne couvre que les sources C ou A (Art. VII(5)).`,
      es: `${line.es}: un certificado de cría en cautividad o de reproducción artificial solo cubre los orígenes C o A (Art. VII(5)).`,
    }));
  }
  if (item.source === 'O' && type !== 'pre-convention-certificate') {
    add(errorFinding('source.o-needs-pre-convention-certificate', path, {
      en: `${line.en}: pre-Convention specimens (source O) are traded under a pre-Convention certificate (Art. VII(2)).`,
      fr: `${line.fr} : les spécimens pré-Convention (source O) sont commercialisés sous couvert d’un certificat pré-Convention (Art. VII(2)).`,
      es: `${line.es}: los especímenes preconvención (origen O) se comercian con un certificado preconvención (Art. VII(2)).`,
    }));
  }
  if (item.source === 'O' && item.acquisitionDate === null) {
    add(errorFinding('source.o-acquisition-date', `lineItems.${index}.acquisitionDate`, {
      en: `${line.en}: give the date of acquisition of the pre-Convention specimens (box 12b).`,
      fr: `${line.fr} : indiquez la date d’acquisition des spécimens pré-Convention (case 12b).`,
      es: `${line.es}: indique la fecha de adquisición de los especímenes preconvención (casilla 12b).`,
    }));
  }
  if (type === 'pre-convention-certificate' && item.source !== 'O') {
    add(errorFinding('source.pre-convention-certificate-needs-o', path, {
      en: `${line.en}: a pre-Convention certificate covers only pre-Convention specimens (source O).`,
      fr: `${line.fr} : un certificat pré-Convention ne couvre que des spécimens pré-Convention (source O).`,
      es: `${line.es}: un certificado preconvención solo cubre especímenes preconvención (origen O).`,
    }));
  }
  if (item.source === 'I' && item.appendix === 'I' && permit.purpose === 'T') {
    add(warningFinding('source.confiscated-appendix-i-commercial', 'purpose', {
      en: `${line.en}: confiscated Appendix-I specimens should not be disposed of for commercial purposes (Res. Conf. 17.8).`,
      fr: `${line.fr} : il ne devrait pas être disposé de spécimens confisqués de l’Annexe I à des fins commerciales (rés. Conf. 17.8).`,
      es: `${line.es}: no se debería disponer de especímenes decomisados del Apéndice I con fines comerciales (Res. Conf. 17.8).`,
    }));
  }
  if (item.source === 'X' && type !== 'introduction-from-the-sea-certificate') {
    add(errorFinding('source.x-needs-introduction-certificate', path, {
      en: `${line.en}: specimens taken in the marine environment not under the jurisdiction of any State (source X) are introduced under a certificate of introduction from the sea (Arts. III(5), IV(6)).`,
      fr: `${line.fr} : les spécimens pris dans le milieu marin ne relevant de la juridiction d’aucun État (source X) sont introduits sous couvert d’un certificat d’introduction en provenance de la mer (Art. III(5), IV(6)).`,
      es: `${line.es}: los especímenes capturados en el medio marino fuera de la jurisdicción de cualquier Estado (origen X) se introducen con un certificado de introducción procedente del mar (Arts. III(5), IV(6)).`,
    }));
  }
  if (type === 'introduction-from-the-sea-certificate' && item.source !== 'X') {
    add(errorFinding('source.introduction-certificate-needs-x', path, {
      en: `${line.en}: a certificate of introduction from the sea covers only source X.`,
      fr: `${line.fr} : un certificat d’introduction en provenance de la mer ne couvre que la source X.`,
      es: `${line.es}: un certificado de introducción procedente del mar solo cubre el origen X.`,
    }));
  }
  if (item.source === 'X' && item.origin !== null && item.origin.country !== HIGH_SEAS) {
    add(errorFinding('source.introduction-from-the-sea-country', `lineItems.${index}.origin.country`, {
      en: `${line.en}: specimens introduced from the sea have the country code HS, not ${item.origin.country}.`,
      fr: `${line.fr} : les spécimens introduits en provenance de la mer ont le code pays HS, et non ${item.origin.country}.`,
      es: `${line.es}: los especímenes introducidos procedentes del mar tienen el código de país HS, no ${item.origin.country}.`,
    }));
  }
  return findings;
}

export function checkSourceCodes(permit: Permit, context: RuleContext): Finding[] {
  const findings = permit.lineItems.flatMap((item, index) => lineItemFindings(permit, item, index, lineItemTaxon(item, context.checklist)));
  if (permit.document.type === 'introduction-from-the-sea-certificate' && permit.exporter.country !== HIGH_SEAS) {
    findings.push(errorFinding('source.introduction-from-the-sea-country', 'exporter.country', {
      en: `On a certificate of introduction from the sea, the specimens come from the high seas: country code HS, not ${permit.exporter.country}.`,
      fr: `Sur un certificat d’introduction en provenance de la mer, les spécimens viennent de la haute mer : code pays HS, et non ${permit.exporter.country}.`,
      es: `En un certificado de introducción procedente del mar, los especímenes proceden de alta mar: código de país HS, no ${permit.exporter.country}.`,
    }));
  }
  return findings;
}
