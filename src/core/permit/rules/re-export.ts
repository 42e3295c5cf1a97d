// Arts. III(4), IV(5), V(4): specimens that were imported before are re-exported under a re-export
// certificate, which names their country of origin (box 12). A line item whose country of origin is not the
// exporter's country is a re-export; an export permit cannot carry it, and a re-export certificate must
// say where each line item comes from.
import type { Permit } from '../model/permit.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { lineItemName } from './names.ts';

export function checkReExport(permit: Permit): Finding[] {
  const type = permit.document.type;
  return permit.lineItems.flatMap((item, index) => {
    const line = lineItemName(index);
    if (type === 'export-permit' && item.origin !== null && item.origin.country !== permit.exporter.country) {
      return [errorFinding('re-export.certificate-required', `lineItems.${index}.origin.country`, {
        en: `${line.en}: the country of origin (${item.origin.country}) is not the exporting country; specimens imported earlier leave under a re-export certificate (Arts. III, IV, V).`,
        fr: `${line.fr} : le pays d’origine (${item.origin.country}) n’est pas le pays d’exportation ; des spécimens importés auparavant sortent sous couvert d’un certificat de réexportation (Art. III, IV, V).`,
        es: `${line.es}: el país de origen (${item.origin.country}) no es el país de exportación; los especímenes importados previamente salen con un certificado de reexportación (Arts. III, IV, V).`,
      })];
    }
    if (type === 're-export-certificate' && item.origin === null) {
      return [errorFinding('re-export.origin-required', `lineItems.${index}.origin`, {
        en: `${line.en}: a re-export certificate states the country of origin and its export permit (box 12).`,
        fr: `${line.fr} : un certificat de réexportation indique le pays d’origine et son permis d’exportation (case 12).`,
        es: `${line.es}: un certificado de reexportación indica el país de origen y su permiso de exportación (casilla 12).`,
      })];
    }
    return [];
  });
}
