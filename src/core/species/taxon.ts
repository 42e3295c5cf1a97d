import { z } from 'zod';

// The checklist model. Field names follow the CITES standard form (box 7/8: scientific and common name)
// and Species+ vocabulary; the importer maps the Species+ CSV onto it, the search index reads it.

export const appendixSchema = z.enum(['I', 'II', 'III']);
export type Appendix = z.infer<typeof appendixSchema>;

/** Ranks Species+ uses for listed taxa. */
export const taxonRankSchema = z.enum([
  'KINGDOM', 'PHYLUM', 'CLASS', 'ORDER', 'FAMILY', 'SUBFAMILY', 'GENUS', 'SPECIES', 'SUBSPECIES', 'VARIETY',
]);
export type TaxonRank = z.infer<typeof taxonRankSchema>;

/** ISO 3166-1 alpha-2 code of a Party. */
export const partyCodeSchema = z.string().regex(/^[A-Z]{2}$/);

/** Higher taxa; null where Species+ leaves the level empty (plants have no phylum or class there). */
export const higherTaxaSchema = z.object({
  kingdom: z.string().min(1),
  phylum: z.string().min(1).nullable(),
  class: z.string().min(1).nullable(),
  order: z.string().min(1).nullable(),
  family: z.string().min(1).nullable(),
  genus: z.string().min(1).nullable(),
});
export type HigherTaxa = z.infer<typeof higherTaxaSchema>;

/**
 * The annotation of one listing, per appendix. Texts are the Secretariat's, HTML markup (<i>, <p>) kept as
 * published: renderers must treat them as untrusted markup.
 */
export const listingAnnotationSchema = z.object({
  appendix: appendixSchema,
  en: z.string(),
  es: z.string(),
  fr: z.string(),
  /** The longer English text of the Appendices themselves, where it differs from the short note. */
  fullEn: z.string(),
});
export type ListingAnnotation = z.infer<typeof listingAnnotationSchema>;

/** A "#" annotation: which parts and derivatives a plant listing covers. */
export const hashAnnotationSchema = z.object({
  symbol: z.string().regex(/^#\d+$/),
  text: z.string(),
});
export type HashAnnotation = z.infer<typeof hashAnnotationSchema>;

export const citesListingSchema = z.object({
  /** Appendices some population or part of the taxon is in; empty for a taxon only "NC". */
  appendices: z.array(appendixSchema),
  /** "NC": some populations or parts are not covered by the Convention. */
  partlyNotListed: z.boolean(),
  annotations: z.array(listingAnnotationSchema),
  hashAnnotation: hashAnnotationSchema.nullable(),
  /** Parties that listed the taxon in Appendix III (Art. V: their export permits, others' certificates of origin). */
  appendixIIIParties: z.array(partyCodeSchema),
});
export type CitesListing = z.infer<typeof citesListingSchema>;

export const synonymSchema = z.object({
  /** The synonym without its author, as an officer would type it. */
  name: z.string().min(1),
  author: z.string(),
});
export type Synonym = z.infer<typeof synonymSchema>;

export const commonNamesSchema = z.object({
  en: z.array(z.string().min(1)),
  fr: z.array(z.string().min(1)),
  es: z.array(z.string().min(1)),
});
export type CommonNames = z.infer<typeof commonNamesSchema>;

/** An accepted taxon of the checklist. Synonyms live on it, so a synonym always points to its accepted name. */
export const taxonSchema = z.object({
  /** Species+ taxon concept id. */
  id: z.number().int().positive(),
  rank: taxonRankSchema,
  scientificName: z.string().min(1),
  author: z.string(),
  higherTaxa: higherTaxaSchema,
  listing: citesListingSchema,
  commonNames: commonNamesSchema,
  synonyms: z.array(synonymSchema),
});
export type Taxon = z.infer<typeof taxonSchema>;
