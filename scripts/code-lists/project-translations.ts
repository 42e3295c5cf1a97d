import type { TranslatedLanguage } from '../../src/core/codes/types.ts';

type Translations = Readonly<Record<string, Readonly<Record<TranslatedLanguage, string>>>>;

/**
 * Hornbill's own French and Spanish names for the codes the CITES sources name only in English
 * (mostly terms and sources introduced after the 2013 French and Spanish guide). Keyed by code list, then code.
 * The generator refuses a translation the sources have since supplied, so this list only ever shrinks.
 * Style follows the neighbouring names of each list (terms in lower case, as in the Species+ lists).
 */
export const projectTranslations: Readonly<Record<'source' | 'term' | 'unit' | 'country', Translations>> = {
  source: {
    X: {
      fr: "Milieu marin ne relevant de la juridiction d'aucun État (introduction en provenance de la mer)",
      es: 'Medio marino fuera de la jurisdicción de cualquier Estado (introducción procedente del mar)',
    },
    Y: { fr: 'Production assistée (plantes)', es: 'Producción asistida (plantas)' },
  },
  term: {
    COS: { fr: 'cosmétiques', es: 'cosméticos' },
    ESH: { fr: "coquille d'œuf", es: 'cáscara de huevo' },
    FPL: { fr: 'article en fourrure (grand)', es: 'artículo de peletería (grande)' },
    FPS: { fr: 'article en fourrure (petit)', es: 'artículo de peletería (pequeño)' },
    GIL: { fr: 'plaques branchiales', es: 'placas branquiales' },
    JWL: { fr: 'bijoux', es: 'joyería' },
    IJW: { fr: 'bijoux – ivoire (ivoire travaillé)', es: 'joyería – marfil (marfil trabajado)' },
    KNL: { fr: 'amande', es: 'almendra' },
    PRL: { fr: 'perle', es: 'perla' },
    KEY: { fr: 'touches de piano (ivoire travaillé)', es: 'teclas de piano (marfil trabajado)' },
    PUP: { fr: 'pupes', es: 'pupas' },
    RUG: { fr: 'tapis', es: 'alfombra' },
    ROS: { fr: 'rostre de poisson-scie', es: 'rostro de pez sierra' },
    TRW: { fr: 'bois transformé', es: 'madera transformada' },
    TRU: { fr: 'tronc', es: 'tronco' },
    WPR: { fr: 'article en bois', es: 'producto de madera' },
  },
  unit: {
    NAR: { fr: 'nombre de spécimens', es: 'número de especímenes' },
    '': {
      fr: 'nombre de spécimens (unité vide = nombre ; données historiques)',
      es: 'número de especímenes (unidad en blanco = número; datos históricos)',
    },
  },
  country: {
    EU: { fr: 'Union européenne', es: 'Unión Europea' },
    CP: { fr: 'Île Clipperton', es: 'Isla Clipperton' },
    HS: { fr: 'Introduction en provenance de la mer', es: 'Introducción procedente del mar' },
  },
};
