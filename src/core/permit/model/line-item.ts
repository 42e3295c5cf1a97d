// Boxes 7–12b: one taxon's specimens in the consignment. A permit has one or more line items (A, B, C…).
import { z } from 'zod';
import { countryCodeSchema, currentTermCodeSchema, currentUnitCodeSchema, sourceCodeSchema } from '../../codes/schemas.ts';
import { appendixSchema } from '../../species/taxon.ts';
import { calendarDateSchema } from '../calendar-date.ts';
import { optionalTextSchema, requiredTextSchema } from './text.ts';

/** Boxes 7/8. taxonId is the checklist's (Species+) id; null when the name was typed and not found. */
export const lineItemTaxonSchema = z.object({
  taxonId: z.number().int().positive().nullable(),
  scientificName: requiredTextSchema,
  commonName: optionalTextSchema,
});
export type LineItemTaxon = z.infer<typeof lineItemTaxonSchema>;

/**
 * Box 11 unit. Absent means number of specimens; NAR (the 2021 code for "number of specimens") is not
 * accepted here, so that one quantity has one representation.
 */
export const quantityUnitSchema = currentUnitCodeSchema.exclude(['NAR']);
export type QuantityUnit = z.infer<typeof quantityUnitSchema>;

/** Box 11. */
export const quantitySchema = z.object({
  amount: z.number().positive(),
  unit: quantityUnitSchema.optional(),
});
export type Quantity = z.infer<typeof quantitySchema>;

/** Box 11a, where the taxon has an export quota: exported so far this year (this permit included) / the quota, in box 11's unit. */
export const quotaTallySchema = z.object({
  totalExported: z.number().nonnegative(),
  annualQuota: z.number().positive(),
});
export type QuotaTally = z.infer<typeof quotaTallySchema>;

/** Box 12: country of origin, with the origin's export permit number and date. Foreign numbers are free text. */
export const originSchema = z.object({
  country: countryCodeSchema,
  permitNumber: optionalTextSchema,
  date: calendarDateSchema.nullable(),
});
export type Origin = z.infer<typeof originSchema>;

/** Box 12a: country of last re-export, with that re-export certificate's number and date. */
export const lastReExportSchema = z.object({
  country: countryCodeSchema,
  certificateNumber: requiredTextSchema,
  date: calendarDateSchema,
});
export type LastReExport = z.infer<typeof lastReExportSchema>;

export const lineItemSchema = z.object({
  taxon: lineItemTaxonSchema,
  /** Box 9: description of the specimens, including identifying marks (rings, tags, microchips, labels). */
  description: requiredTextSchema,
  marks: optionalTextSchema,
  term: currentTermCodeSchema,
  /** Box 10. */
  appendix: appendixSchema,
  source: sourceCodeSchema,
  quantity: quantitySchema,
  quota: quotaTallySchema.nullable(),
  origin: originSchema.nullable(),
  lastReExport: lastReExportSchema.nullable(),
  /** Box 12b: the registered captive-breeding / propagation operation (Res. Conf. 12.10), or the date of acquisition (pre-Convention). */
  operationNumber: requiredTextSchema.nullable(),
  acquisitionDate: calendarDateSchema.nullable(),
});
export type LineItem = z.infer<typeof lineItemSchema>;
