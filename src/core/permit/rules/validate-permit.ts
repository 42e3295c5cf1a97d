// Runs every rule on a permit and sorts the findings into errors and warnings. A permit is valid when no
// rule reports an error; warnings ask for a second look but do not stop issue.
import type { Permit } from '../model/permit.ts';
import { checkArticle3CommercialPurpose } from './art3-commercial-purpose.ts';
import { checkArticle3ImportPermit } from './art3-import-permit.ts';
import { checkArticle4ExportDocument } from './art4-export-permit.ts';
import { checkArticle5AppendixIII } from './art5-appendix-iii.ts';
import { checkArticle6Validity } from './art6-validity.ts';
import { checkChecklist } from './checklist.ts';
import type { Finding } from './finding.ts';
import { checkIssuedBoxes } from './issued-boxes.ts';
import { checkIssuingAuthority } from './issuing-authority.ts';
import { checkOneConsignment } from './one-consignment.ts';
import { checkQuota } from './quota.ts';
import { checkReExport } from './re-export.ts';
import type { PermitRule, RuleContext } from './rule-context.ts';
import { checkSourceCodes } from './source-codes.ts';
import { checkTermUnitPair } from './term-unit.ts';

export const PERMIT_RULES: readonly PermitRule[] = [
  checkIssuingAuthority,
  checkChecklist,
  checkArticle3ImportPermit,
  checkArticle3CommercialPurpose,
  checkArticle4ExportDocument,
  checkArticle5AppendixIII,
  checkReExport,
  checkArticle6Validity,
  checkOneConsignment,
  checkSourceCodes,
  checkTermUnitPair,
  checkQuota,
  checkIssuedBoxes,
];

export interface PermitValidation {
  readonly valid: boolean;
  readonly errors: readonly Finding[];
  readonly warnings: readonly Finding[];
}

export function validatePermit(permit: Permit, context: RuleContext): PermitValidation {
  const findings = PERMIT_RULES.flatMap((rule) => rule(permit, context));
  const errors = findings.filter((finding) => finding.severity === 'error');
  const warnings = findings.filter((finding) => finding.severity === 'warning');
  return { valid: errors.length === 0, errors, warnings };
}
