// Art. V(2) and V(3): an Appendix-III specimen is exported under an export permit when it comes from a
// Party that listed the species in Appendix III, and under a certificate of origin from any other State.
// Checked only where the checklist names the listing Parties (the Species+ export does not always).
import type { Permit } from '../model/permit.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import { lineItemTaxon } from './line-item-taxon.ts';
import { lineItemName } from './names.ts';
import type { RuleContext } from './rule-context.ts';

export function checkArticle5AppendixIII(permit: Permit, context: RuleContext): Finding[] {
  const type = permit.document.type;
  if (type !== 'export-permit' && type !== 'certificate-of-origin') return [];
  const party = permit.managementAuthority.party;
  return permit.lineItems.flatMap((item, index) => {
    if (item.appendix !== 'III') return [];
    const listingParties = lineItemTaxon(item, context.checklist)?.listing.appendixIIIParties ?? [];
    if (listingParties.length === 0) return [];
    const line = lineItemName(index);
    const listers = listingParties.join(', ');
    const listedByIssuer = listingParties.includes(party);
    if (type === 'export-permit' && !listedByIssuer) {
      return [errorFinding('art5.certificate-of-origin-required', 'document.type', {
        en: `${line.en}: ${party} did not list this species in Appendix III (listed by ${listers}), so it is exported under a certificate of origin, not an export permit (Art. V).`,
        fr: `${line.fr} : ${party} n’a pas inscrit cette espèce à l’Annexe III (inscrite par ${listers}) ; elle est donc exportée sous couvert d’un certificat d’origine, et non d’un permis d’exportation (Art. V).`,
        es: `${line.es}: ${party} no incluyó esta especie en el Apéndice III (incluida por ${listers}); por tanto, se exporta con un certificado de origen y no con un permiso de exportación (Art. V).`,
      })];
    }
    if (type === 'certificate-of-origin' && listedByIssuer) {
      return [errorFinding('art5.export-permit-required', 'document.type', {
        en: `${line.en}: ${party} listed this species in Appendix III, so its exports need an export permit, not a certificate of origin (Art. V).`,
        fr: `${line.fr} : ${party} a inscrit cette espèce à l’Annexe III ; ses exportations exigent donc un permis d’exportation, et non un certificat d’origine (Art. V).`,
        es: `${line.es}: ${party} incluyó esta especie en el Apéndice III; por tanto, sus exportaciones requieren un permiso de exportación y no un certificado de origen (Art. V).`,
      })];
    }
    return [];
  });
}
