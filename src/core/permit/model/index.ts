// The permit model's public API.
export * from './applicant.ts';
export * from './document-type.ts';
export * from './endorsement.ts';
export * from './import-permit-reference.ts';
export * from './issuance.ts';
export * from './line-item.ts';
export * from './parties.ts';
export * from './permit.ts';
export * from './permit-draft.ts';
export * from './text.ts';
