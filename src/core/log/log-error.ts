// Why an entry or a device log is refused: a stable code for programs, a sentence for officials in EN/FR/ES,
// and a technical detail (English) for whoever investigates. The codes are listed in docs/log-format.md.
import type { LocalizedError, LocalizedMessage } from '../permit/localized-error.ts';

export const LOG_ERROR_MESSAGES = {
  'entry.too-large': {
    en: 'The entry is larger than any valid entry can be.',
    fr: 'L’entrée est plus grande que ne peut l’être une entrée valide.',
    es: 'La entrada es más grande de lo que puede ser una entrada válida.',
  },
  'entry.not-cose': {
    en: 'The entry is not a signed entry (COSE_Sign1): it is damaged or of another kind.',
    fr: 'L’entrée n’est pas une entrée signée (COSE_Sign1) : elle est endommagée ou d’un autre type.',
    es: 'La entrada no es una entrada firmada (COSE_Sign1): está dañada o es de otro tipo.',
  },
  'entry.not-canonical': {
    en: 'The entry is not in its one canonical encoding: it has been altered.',
    fr: 'L’entrée n’est pas dans son unique encodage canonique : elle a été modifiée.',
    es: 'La entrada no está en su única codificación canónica: ha sido modificada.',
  },
  'entry.bad-header': {
    en: 'The entry’s signature header is not the one Hornbill writes (EdDSA with a key id).',
    fr: 'L’en-tête de signature de l’entrée n’est pas celui qu’écrit Hornbill (EdDSA avec un identifiant de clé).',
    es: 'El encabezado de firma de la entrada no es el que escribe Hornbill (EdDSA con un identificador de clave).',
  },
  'entry.schema': {
    en: 'The entry’s content does not follow the audit entry format.',
    fr: 'Le contenu de l’entrée ne suit pas le format des entrées du journal.',
    es: 'El contenido de la entrada no sigue el formato de las entradas del registro.',
  },
  'chain.wrong-device': {
    en: 'The entry belongs to another device’s log.',
    fr: 'L’entrée appartient au journal d’un autre appareil.',
    es: 'La entrada pertenece al registro de otro dispositivo.',
  },
  'chain.seq-gap': {
    en: 'Entries are missing or out of order before this one.',
    fr: 'Des entrées manquent ou sont dans le désordre avant celle-ci.',
    es: 'Faltan entradas o están desordenadas antes de esta.',
  },
  'chain.duplicate': {
    en: 'The entry is a copy of an earlier entry.',
    fr: 'L’entrée est une copie d’une entrée antérieure.',
    es: 'La entrada es una copia de una entrada anterior.',
  },
  'chain.fork': {
    en: 'Two different entries carry the same sequence number: the device’s log forks.',
    fr: 'Deux entrées différentes portent le même numéro d’ordre : le journal de l’appareil bifurque.',
    es: 'Dos entradas distintas llevan el mismo número de secuencia: el registro del dispositivo se bifurca.',
  },
  'chain.prev-mismatch': {
    en: 'The entry does not follow the previous entry (its hash link is broken).',
    fr: 'L’entrée ne fait pas suite à l’entrée précédente (son lien d’empreinte est rompu).',
    es: 'La entrada no sigue a la entrada anterior (su enlace de hash está roto).',
  },
  'chain.hlc-not-increasing': {
    en: 'The entry’s logical time is not after the previous entry’s.',
    fr: 'L’heure logique de l’entrée n’est pas postérieure à celle de l’entrée précédente.',
    es: 'La hora lógica de la entrada no es posterior a la de la entrada anterior.',
  },
  'chain.truncated': {
    en: 'The log ends before the last entry known for this device: entries have been removed.',
    fr: 'Le journal s’arrête avant la dernière entrée connue de cet appareil : des entrées ont été supprimées.',
    es: 'El registro termina antes de la última entrada conocida de este dispositivo: se han eliminado entradas.',
  },
  'chain.head-mismatch': {
    en: 'The entry differs from the one recorded for this position elsewhere (at HQ or in a receipt).',
    fr: 'L’entrée diffère de celle enregistrée ailleurs pour cette position (au siège ou dans un accusé de réception).',
    es: 'La entrada difiere de la registrada para esta posición en otro lugar (en la sede o en un acuse de recibo).',
  },
  'key.not-valid': {
    en: 'The key that signed the entry is unknown, expired or revoked at the entry’s time.',
    fr: 'La clé qui a signé l’entrée est inconnue, expirée ou révoquée à la date de l’entrée.',
    es: 'La clave que firmó la entrada es desconocida, está caducada o revocada en la fecha de la entrada.',
  },
  'key.wrong-holder': {
    en: 'The signing key was certified for another user, device or role than the entry names.',
    fr: 'La clé de signature a été certifiée pour un autre utilisateur, appareil ou rôle que ceux de l’entrée.',
    es: 'La clave de firma se certificó para otro usuario, dispositivo o rol que los de la entrada.',
  },
  'signature.invalid': {
    en: 'The entry’s signature does not verify: the entry has been altered.',
    fr: 'La signature de l’entrée n’est pas valide : l’entrée a été modifiée.',
    es: 'La firma de la entrada no es válida: la entrada ha sido modificada.',
  },
} as const satisfies Record<string, LocalizedMessage>;

export type LogErrorCode = keyof typeof LOG_ERROR_MESSAGES;

export interface LogError extends LocalizedError<LogErrorCode> {
  /** What exactly was found, in English, for whoever investigates. */
  readonly detail: string;
}

export function logError(code: LogErrorCode, detail: string): LogError {
  return { code, message: LOG_ERROR_MESSAGES[code], detail };
}
