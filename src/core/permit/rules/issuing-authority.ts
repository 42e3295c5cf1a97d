// A device issues documents for its own authority only: box 6 must name the Party the check runs for.
import type { Permit } from '../model/permit.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { RuleContext } from './rule-context.ts';

export function checkIssuingAuthority(permit: Permit, context: RuleContext): Finding[] {
  const party = permit.managementAuthority.party;
  if (party === context.authorityParty) return [];
  return [errorFinding('authority.other-party', 'managementAuthority.party', {
    en: `Box 6 names the Management Authority of ${party}, but this system works for ${context.authorityParty}.`,
    fr: `La case 6 désigne l’organe de gestion de ${party}, mais ce système travaille pour ${context.authorityParty}.`,
    es: `La casilla 6 designa a la Autoridad Administrativa de ${party}, pero este sistema trabaja para ${context.authorityParty}.`,
  })];
}
