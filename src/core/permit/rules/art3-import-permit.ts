// Art. III(2)(d) and III(4)(c): an Appendix-I specimen is exported or re-exported only once the importing
// Party has granted an import permit. Lines with source D are left out: Art. VII(4) treats Appendix-I
// specimens bred or propagated for commercial purposes as Appendix II, which needs no import permit.
import type { Permit } from '../model/permit.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';

export function checkArticle3ImportPermit(permit: Permit): Finding[] {
  const type = permit.document.type;
  if (type !== 'export-permit' && type !== 're-export-certificate') return [];
  const needsImportPermit = permit.lineItems.some((item) => item.appendix === 'I' && item.source !== 'D');
  if (!needsImportPermit) return [];
  const reference = permit.importPermitReference;
  if (reference === null) {
    return [errorFinding('art3.import-permit-required', 'importPermitReference', {
      en: 'Appendix-I specimens may be exported or re-exported only after the importing Party has issued an import permit (Art. III): enter its number.',
      fr: 'Des spécimens de l’Annexe I ne peuvent être exportés ou réexportés qu’après la délivrance d’un permis d’importation par la Partie d’importation (Art. III) : indiquez-en le numéro.',
      es: 'Los especímenes del Apéndice I solo pueden exportarse o reexportarse después de que la Parte de importación haya concedido un permiso de importación (Art. III): indique su número.',
    })];
  }
  if (reference.issuingParty !== permit.importer.country) {
    return [errorFinding('art3.import-permit-party-mismatch', 'importPermitReference.issuingParty', {
      en: `The import permit must be issued by the country of import (${permit.importer.country}), not by ${reference.issuingParty}.`,
      fr: `Le permis d’importation doit être délivré par le pays d’importation (${permit.importer.country}), et non par ${reference.issuingParty}.`,
      es: `El permiso de importación debe concederlo el país de importación (${permit.importer.country}), no ${reference.issuingParty}.`,
    })];
  }
  return [];
}
