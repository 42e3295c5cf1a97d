// Why a permit QR could not be read or made, one code per pipeline stage, so that support staff know which
// layer broke. The message is for the official (EN/FR/ES); detail is the technical cause, in English.
import type { LocalizedError, LocalizedMessage } from '../permit/localized-error.ts';

export type PermitQrErrorCode =
  | 'qr.prefix'
  | 'qr.base45'
  | 'qr.zlib'
  | 'qr.cose'
  | 'qr.cbor'
  | 'qr.claims'
  | 'qr.not-issued';

export interface PermitQrError extends LocalizedError<PermitQrErrorCode> {
  readonly detail: string;
}

const MESSAGES: Readonly<Record<PermitQrErrorCode, LocalizedMessage>> = {
  'qr.prefix': {
    en: 'This is not a Hornbill permit QR code (it does not start with the expected prefix).',
    fr: 'Ce n’est pas un code QR de permis Hornbill (il ne commence pas par le préfixe attendu).',
    es: 'No es un código QR de permiso Hornbill (no empieza por el prefijo esperado).',
  },
  'qr.base45': {
    en: 'The QR code text is damaged: it is not valid Base45.',
    fr: 'Le texte du code QR est endommagé : ce n’est pas du Base45 valide.',
    es: 'El texto del código QR está dañado: no es Base45 válido.',
  },
  'qr.zlib': {
    en: 'The QR code content is damaged: it cannot be decompressed.',
    fr: 'Le contenu du code QR est endommagé : il ne peut pas être décompressé.',
    es: 'El contenido del código QR está dañado: no se puede descomprimir.',
  },
  'qr.cose': {
    en: 'The QR code does not hold a signed message in the Hornbill format.',
    fr: 'Le code QR ne contient pas de message signé au format Hornbill.',
    es: 'El código QR no contiene un mensaje firmado en el formato Hornbill.',
  },
  'qr.cbor': {
    en: 'The signed content of the QR code cannot be read (invalid CBOR).',
    fr: 'Le contenu signé du code QR est illisible (CBOR invalide).',
    es: 'El contenido firmado del código QR no se puede leer (CBOR no válido).',
  },
  'qr.claims': {
    en: 'The QR code’s permit data is incomplete or not in the Hornbill format.',
    fr: 'Les données du permis dans le code QR sont incomplètes ou ne sont pas au format Hornbill.',
    es: 'Los datos del permiso en el código QR están incompletos o no tienen el formato Hornbill.',
  },
  'qr.not-issued': {
    en: 'A QR code can only be made for an issued permit (number, validity, issue date).',
    fr: 'Un code QR ne peut être créé que pour un permis délivré (numéro, validité, date de délivrance).',
    es: 'Solo se puede crear un código QR para un permiso expedido (número, validez, fecha de expedición).',
  },
};

export function permitQrError(code: PermitQrErrorCode, detail: string): PermitQrError {
  return { code, message: MESSAGES[code], detail };
}
