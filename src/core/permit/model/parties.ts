// Boxes 3, 3a, 4 and 6: who sends, who receives, and which Management Authority issues.
import { z } from 'zod';
import { countryCodeSchema, partyCodeSchema } from '../../codes/schemas.ts';
import { requiredTextSchema } from './text.ts';

/** Box 3 importer with box 3a country of import; box 4 exporter or re-exporter with its country. */
export const traderSchema = z.object({
  name: requiredTextSchema,
  address: requiredTextSchema,
  country: countryCodeSchema,
});
export type Trader = z.infer<typeof traderSchema>;

/** Box 6: the issuing Management Authority. */
export const managementAuthoritySchema = z.object({
  party: partyCodeSchema,
  name: requiredTextSchema,
  address: requiredTextSchema,
});
export type ManagementAuthority = z.infer<typeof managementAuthoritySchema>;
