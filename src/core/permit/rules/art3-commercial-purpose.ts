// Art. III(3)(c) and III(5)(c), Res. Conf. 5.10: Appendix-I specimens taken from the wild (source W) or
// introduced from the sea (X) may not be traded for primarily commercial purposes (purpose T).
import type { Permit } from '../model/permit.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { lineItemName } from './names.ts';

export function checkArticle3CommercialPurpose(permit: Permit): Finding[] {
  if (permit.purpose !== 'T') return [];
  return permit.lineItems.flatMap((item, index) => {
    if (item.appendix !== 'I' || (item.source !== 'W' && item.source !== 'X')) return [];
    const line = lineItemName(index);
    return [errorFinding('art3.commercial-purpose-appendix-i', 'purpose', {
      en: `Appendix-I specimens from the wild (${line.en}) may not be traded for primarily commercial purposes (Art. III): purpose T is not allowed.`,
      fr: `Des spécimens de l’Annexe I prélevés dans la nature (${line.fr}) ne peuvent pas faire l’objet d’un commerce à des fins principalement commerciales (Art. III) : le but T n’est pas admis.`,
      es: `Los especímenes del Apéndice I del medio silvestre (${line.es}) no pueden comerciarse con fines primordialmente comerciales (Art. III): el propósito T no está permitido.`,
    })];
  });
}
