// The permit rules' public API.
export { checkArticle3CommercialPurpose } from './art3-commercial-purpose.ts';
export { checkArticle3ImportPermit } from './art3-import-permit.ts';
export { checkArticle4ExportDocument } from './art4-export-permit.ts';
export { checkArticle5AppendixIII } from './art5-appendix-iii.ts';
export { checkArticle6Validity } from './art6-validity.ts';
export { checkChecklist } from './checklist.ts';
export { makeChecklistLookup, type ChecklistLookup, type NameMatch } from './checklist-lookup.ts';
export { errorFinding, warningFinding, type Finding, type Severity } from './finding.ts';
export { checkIssuedBoxes } from './issued-boxes.ts';
export { checkIssuingAuthority } from './issuing-authority.ts';
export { checkOneConsignment } from './one-consignment.ts';
export { QUOTA_NEAR_FRACTION, checkQuota } from './quota.ts';
export type { QuotaShare } from './quota-share.ts';
export { checkReExport } from './re-export.ts';
export type { PermitRule, RuleContext } from './rule-context.ts';
export { checkSourceCodes } from './source-codes.ts';
export { checkTermUnitPair } from './term-unit.ts';
export { PERMIT_RULES, validatePermit, type PermitValidation } from './validate-permit.ts';
