// Art. VI(2) and (3): an export permit or re-export certificate is valid for at most six months from the
// date it was granted, and (Res. Conf. 12.3 §VIII) an import permit for at most twelve. The issue date is
// box 13's, or today while the permit is still an application. A permit whose valid-until date has passed
// cannot still be issued or used.
import type { PermitState } from '../lifecycle.ts';
import type { DocumentType } from '../model/document-type.ts';
import type { Permit } from '../model/permit.ts';
import { addMonths } from './calendar-months.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';
import type { RuleContext } from './rule-context.ts';

/** The longest validity per document type; the others have none under Art. VI. */
export const MAXIMUM_MONTHS: Partial<Readonly<Record<DocumentType, number>>> = {
  'export-permit': 6,
  're-export-certificate': 6,
  'import-permit': 12,
};

/** The states in which a permit is still to be used: past these, an old valid-until date is history. */
const IN_USE: ReadonlySet<PermitState> = new Set<PermitState>(['draft', 'requested', 'processed', 'approved', 'issued']);

export function checkArticle6Validity(permit: Permit, context: RuleContext): Finding[] {
  const validUntil = permit.validUntil;
  if (validUntil === null) return [];
  const today = context.clock();
  const issued = permit.issuance?.date ?? today;
  const findings: Finding[] = [];
  if (validUntil < issued) {
    findings.push(errorFinding('art6.valid-until-before-issue', 'validUntil', {
      en: `The permit would expire (${validUntil}) before it is issued (${issued}).`,
      fr: `Le permis expirerait (${validUntil}) avant d’être délivré (${issued}).`,
      es: `El permiso caducaría (${validUntil}) antes de ser expedido (${issued}).`,
    }));
  }
  const months = MAXIMUM_MONTHS[permit.document.type];
  const latest = months === undefined ? undefined : addMonths(issued, months);
  if (months !== undefined && latest !== undefined && validUntil > latest) {
    findings.push(errorFinding('art6.validity-too-long', 'validUntil', {
      en: `This document is valid for at most ${months} months from issue (Art. VI): the latest valid-until date is ${latest}.`,
      fr: `Ce document est valable au plus ${months} mois à compter de sa délivrance (Art. VI) : la date limite de validité la plus tardive est le ${latest}.`,
      es: `Este documento es válido como máximo ${months} meses desde su expedición (Art. VI): la fecha de validez más tardía es el ${latest}.`,
    }));
  }
  if (validUntil < today && IN_USE.has(permit.status)) {
    findings.push(errorFinding('art6.valid-until-past', 'validUntil', {
      en: `The valid-until date ${validUntil} is in the past (today is ${today}).`,
      fr: `La date limite de validité ${validUntil} est passée (nous sommes le ${today}).`,
      es: `La fecha de validez ${validUntil} ya ha pasado (hoy es ${today}).`,
    }));
  }
  return findings;
}
