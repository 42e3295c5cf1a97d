// An issued document carries what issue adds to the application: its number (box 1), valid-until date
// (box 2), security stamp (box 5b) and the issuing official (box 13); an endorsed one carries box 14.
import type { PermitState } from '../lifecycle.ts';
import type { Permit } from '../model/permit.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';

const ISSUED: ReadonlySet<PermitState> = new Set<PermitState>(['issued', 'endorsed', 'cancelled', 'replaced', 'expired']);

function missing(path: string, box: string): Finding {
  return errorFinding('issue.box-missing', path, {
    en: `An issued document must have box ${box} filled.`,
    fr: `Un document délivré doit avoir la case ${box} remplie.`,
    es: `Un documento expedido debe tener cumplimentada la casilla ${box}.`,
  });
}

export function checkIssuedBoxes(permit: Permit): Finding[] {
  if (!ISSUED.has(permit.status)) return [];
  const findings: Finding[] = [];
  if (permit.number === null) findings.push(missing('number', '1'));
  if (permit.validUntil === null) findings.push(missing('validUntil', '2'));
  if (permit.securityStamp === null) findings.push(missing('securityStamp', '5b'));
  if (permit.issuance === null) findings.push(missing('issuance', '13'));
  if (permit.status === 'endorsed' && permit.endorsement === null) {
    findings.push(errorFinding('issue.endorsement-missing', 'endorsement', {
      en: 'An endorsed document must have the export endorsement (box 14) filled.',
      fr: 'Un document visé doit avoir la case 14 (visa d’exportation) remplie.',
      es: 'Un documento refrendado debe tener cumplimentada la casilla 14 (refrendo de exportación).',
    }));
  }
  return findings;
}
