// Arts. III(2) and IV(2): Appendix-I and Appendix-II specimens leave a country under an export permit (or a
// re-export certificate, or an Art. VII certificate), never under a certificate of origin, which Art. V(3)
// reserves for Appendix III.
import type { Permit } from '../model/permit.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { appendixName, lineItemName } from './names.ts';

export function checkArticle4ExportDocument(permit: Permit): Finding[] {
  if (permit.document.type !== 'certificate-of-origin') return [];
  return permit.lineItems.flatMap((item, index) => {
    if (item.appendix === 'III') return [];
    const appendix = appendixName(item.appendix);
    const line = lineItemName(index);
    return [errorFinding('art4.export-permit-required', `lineItems.${index}.appendix`, {
      en: `${line.en}: ${appendix.en} specimens are exported under an export permit (Arts. III and IV); a certificate of origin covers only Appendix III.`,
      fr: `${line.fr} : les spécimens de l’${appendix.fr} sont exportés sous couvert d’un permis d’exportation (Art. III et IV) ; un certificat d’origine ne couvre que l’Annexe III.`,
      es: `${line.es}: los especímenes del ${appendix.es} se exportan con un permiso de exportación (Arts. III y IV); un certificado de origen solo cubre el Apéndice III.`,
    })];
  });
}
