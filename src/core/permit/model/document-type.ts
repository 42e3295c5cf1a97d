// Box 1 of the Res. Conf. 12.3 standard form: which document this is. The Convention's three permits and
// certificates (Arts. III–V), the certificates of Art. VII (pre-Convention, captive-bred or artificially
// propagated, travelling exhibition), the Art. V(3) certificate of origin, the Art. III(5)/IV(6)
// certificate of introduction from the sea, and "other", which must say what it is.
import { z } from 'zod';
import type { LocalizedMessage } from '../localized-error.ts';

export const NAMED_DOCUMENT_TYPES = [
  'export-permit',
  'import-permit',
  're-export-certificate',
  'certificate-of-origin',
  'pre-convention-certificate',
  'captive-breeding-certificate',
  'travelling-exhibition-certificate',
  'introduction-from-the-sea-certificate',
] as const;
export type NamedDocumentType = (typeof NAMED_DOCUMENT_TYPES)[number];

export const DOCUMENT_TYPES = [...NAMED_DOCUMENT_TYPES, 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

export const documentTypeSchema = z.enum(DOCUMENT_TYPES);

/** Box 1: the type, and for "other" what the document is (e.g. "scientific exchange label"). */
export const documentSchema = z.discriminatedUnion('type', [
  z.object({ type: z.enum(NAMED_DOCUMENT_TYPES) }),
  z.object({ type: z.literal('other'), description: z.string().trim().min(1) }),
]);
export type PermitDocument = z.infer<typeof documentSchema>;

/** The types under which specimens leave the country of the issuing authority. */
export const EXPORTING_DOCUMENT_TYPES: ReadonlySet<DocumentType> = new Set<DocumentType>([
  'export-permit',
  're-export-certificate',
  'certificate-of-origin',
  'pre-convention-certificate',
  'captive-breeding-certificate',
  'travelling-exhibition-certificate',
]);

export const DOCUMENT_TYPE_NAMES: Readonly<Record<DocumentType, LocalizedMessage>> = {
  'export-permit': { en: 'export permit', fr: 'permis d’exportation', es: 'permiso de exportación' },
  'import-permit': { en: 'import permit', fr: 'permis d’importation', es: 'permiso de importación' },
  're-export-certificate': { en: 're-export certificate', fr: 'certificat de réexportation', es: 'certificado de reexportación' },
  'certificate-of-origin': { en: 'certificate of origin', fr: 'certificat d’origine', es: 'certificado de origen' },
  'pre-convention-certificate': { en: 'pre-Convention certificate', fr: 'certificat pré-Convention', es: 'certificado preconvención' },
  'captive-breeding-certificate': {
    en: 'certificate of captive breeding or artificial propagation',
    fr: 'certificat d’élevage en captivité ou de reproduction artificielle',
    es: 'certificado de cría en cautividad o de reproducción artificial',
  },
  'travelling-exhibition-certificate': {
    en: 'travelling-exhibition certificate',
    fr: 'certificat pour exposition itinérante',
    es: 'certificado de exhibición itinerante',
  },
  'introduction-from-the-sea-certificate': {
    en: 'certificate of introduction from the sea',
    fr: 'certificat d’introduction en provenance de la mer',
    es: 'certificado de introducción procedente del mar',
  },
  other: { en: 'other document', fr: 'autre document', es: 'otro documento' },
};
