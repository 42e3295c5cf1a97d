// The applicant, not a box of the form but what the audit trail must show (SC70: identify who requested).
import { z } from 'zod';
import { countryCodeSchema } from '../../codes/schemas.ts';
import { requiredTextSchema } from './text.ts';

export const IDENTITY_DOCUMENT_TYPES = ['passport', 'national-identity-card', 'residence-permit', 'company-registration', 'other'] as const;
export const identityDocumentTypeSchema = z.enum(IDENTITY_DOCUMENT_TYPES);
export type IdentityDocumentType = z.infer<typeof identityDocumentTypeSchema>;

export const identityDocumentSchema = z.object({
  type: identityDocumentTypeSchema,
  number: requiredTextSchema,
  issuingCountry: countryCodeSchema,
});
export type IdentityDocument = z.infer<typeof identityDocumentSchema>;

export const applicantSchema = z.object({
  name: requiredTextSchema,
  address: requiredTextSchema,
  identityDocument: identityDocumentSchema,
});
export type Applicant = z.infer<typeof applicantSchema>;
