// The risk weights for choosing a shipment for physical inspection (docs/qr-format.md, "Risk score"). Data,
// not code: an authority tunes them here. The score is the sum of the weights that apply, capped at 100.
import type { LocalizedMessage } from '../permit/localized-error.ts';

export type RiskReasonCode =
  | 'risk.invalid'
  | 'risk.appendix-i'
  | 'risk.source-wild'
  | 'risk.source-unknown'
  | 'risk.live-specimens'
  | 'risk.unusual-term-unit'
  | 'risk.new-key'
  | 'risk.foreign-issuer'
  | 'risk.lists-stale'
  | 'risk.no-status-list'
  | 'risk.clock-behind';

export interface RiskFactor {
  readonly weight: number;
  readonly message: LocalizedMessage;
}

export const MAX_RISK_SCORE = 100;
/** A key certified this many days or fewer before the issue date counts as new. */
export const NEW_KEY_DAYS = 30;

export const RISK_FACTORS: Readonly<Record<RiskReasonCode, RiskFactor>> = {
  'risk.invalid': {
    weight: 100,
    message: { en: 'The permit is not valid.', fr: 'Le permis n’est pas valide.', es: 'El permiso no es válido.' },
  },
  'risk.appendix-i': {
    weight: 30,
    message: {
      en: 'Appendix I specimens (species threatened with extinction).',
      fr: 'Spécimens de l’Annexe I (espèces menacées d’extinction).',
      es: 'Especímenes del Apéndice I (especies en peligro de extinción).',
    },
  },
  'risk.source-wild': {
    weight: 15,
    message: { en: 'Specimens taken from the wild (source W).', fr: 'Spécimens prélevés dans la nature (source W).', es: 'Especímenes capturados en el medio silvestre (origen W).' },
  },
  'risk.source-unknown': {
    weight: 15,
    message: { en: 'Source unknown or confiscated (U, I).', fr: 'Source inconnue ou confisquée (U, I).', es: 'Origen desconocido o decomisado (U, I).' },
  },
  'risk.live-specimens': {
    weight: 5,
    message: { en: 'Live animals or plants: check their condition.', fr: 'Animaux ou plantes vivants : vérifiez leur état.', es: 'Animales o plantas vivos: compruebe su estado.' },
  },
  'risk.unusual-term-unit': {
    weight: 10,
    message: {
      en: 'A quantity is given in a unit unusual for its term.',
      fr: 'Une quantité est exprimée dans une unité inhabituelle pour sa description.',
      es: 'Una cantidad se expresa en una unidad inusual para su descripción.',
    },
  },
  'risk.new-key': {
    weight: 10,
    message: {
      en: `Signed with a key certified less than ${NEW_KEY_DAYS} days before issue.`,
      fr: `Signé avec une clé certifiée moins de ${NEW_KEY_DAYS} jours avant la délivrance.`,
      es: `Firmado con una clave certificada menos de ${NEW_KEY_DAYS} días antes de la expedición.`,
    },
  },
  'risk.foreign-issuer': {
    weight: 10,
    message: { en: 'Issued by another Party.', fr: 'Délivré par une autre Partie.', es: 'Expedido por otra Parte.' },
  },
  'risk.lists-stale': {
    weight: 15,
    message: {
      en: 'The lists on this device are out of date: a recent cancellation may be missing.',
      fr: 'Les listes de cet appareil ne sont pas à jour : une annulation récente peut manquer.',
      es: 'Las listas de este dispositivo no están al día: puede faltar una anulación reciente.',
    },
  },
  'risk.no-status-list': {
    weight: 15,
    message: {
      en: 'Cancellation and earlier use cannot be checked.',
      fr: 'L’annulation et une utilisation antérieure ne peuvent pas être vérifiées.',
      es: 'No se puede comprobar la anulación ni un uso anterior.',
    },
  },
  'risk.clock-behind': {
    weight: 15,
    message: { en: 'This device’s clock is wrong.', fr: 'L’horloge de cet appareil est fausse.', es: 'El reloj de este dispositivo está mal.' },
  },
};
