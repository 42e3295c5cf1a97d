// What can be wrong with a permit number, said so that an inspector at a border post knows what to fix.
import type { LocalizedError, LocalizedMessage } from './localized-error.ts';

export type PermitNumberErrorCode =
  | 'permit-number.invalid-character'
  | 'permit-number.length'
  | 'permit-number.format'
  | 'permit-number.unknown-party'
  | 'permit-number.invalid-year'
  | 'permit-number.invalid-device-code'
  | 'permit-number.invalid-sequence'
  | 'permit-number.check-character-mismatch'
  | 'permit-number.not-canonical';

export type PermitNumberError = LocalizedError<PermitNumberErrorCode>;

/** Shown in messages; a test checks that it is a valid number. */
export const EXAMPLE_PERMIT_NUMBER = 'KE26-T3F-00042-O';

/** What a position of the printed form holds: a letter, a digit, a hyphen, or either a letter or a digit. */
export type CharacterKind = 'letter' | 'digit' | 'hyphen' | 'alphanumeric';

const KIND_NAMES: Readonly<Record<CharacterKind, LocalizedMessage>> = {
  letter: { en: 'a letter', fr: 'une lettre', es: 'una letra' },
  digit: { en: 'a digit', fr: 'un chiffre', es: 'un dígito' },
  hyphen: { en: 'a hyphen', fr: 'un trait d’union', es: 'un guion' },
  alphanumeric: { en: 'a letter or a digit', fr: 'une lettre ou un chiffre', es: 'una letra o un dígito' },
};

export function invalidCharacter(character: string, position: number): PermitNumberError {
  // The code point too, so that a space or an invisible character is still identified.
  const codePoint = `U+${(character.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`;
  return {
    code: 'permit-number.invalid-character',
    message: {
      en: `The character "${character}" (${codePoint}) at position ${position} is not allowed: a permit number has only letters, digits and hyphens.`,
      fr: `Le caractère « ${character} » (${codePoint}) en position ${position} n’est pas admis : un numéro de permis ne comporte que des lettres, des chiffres et des traits d’union.`,
      es: `El carácter «${character}» (${codePoint}) en la posición ${position} no está permitido: un número de permiso solo contiene letras, dígitos y guiones.`,
    },
  };
}

export function wrongLength(length: number, expected: number): PermitNumberError {
  return {
    code: 'permit-number.length',
    message: {
      en: `A permit number has ${expected} characters (as in ${EXAMPLE_PERMIT_NUMBER}); this one has ${length}.`,
      fr: `Un numéro de permis compte ${expected} caractères (comme ${EXAMPLE_PERMIT_NUMBER}) ; celui-ci en compte ${length}.`,
      es: `Un número de permiso tiene ${expected} caracteres (como ${EXAMPLE_PERMIT_NUMBER}); este tiene ${length}.`,
    },
  };
}

export function misplacedCharacter(position: number, expected: CharacterKind): PermitNumberError {
  const kind = KIND_NAMES[expected];
  return {
    code: 'permit-number.format',
    message: {
      en: `The character at position ${position} must be ${kind.en} (a permit number has the form ${EXAMPLE_PERMIT_NUMBER}).`,
      fr: `Le caractère en position ${position} doit être ${kind.fr} (un numéro de permis a la forme ${EXAMPLE_PERMIT_NUMBER}).`,
      es: `El carácter en la posición ${position} debe ser ${kind.es} (un número de permiso tiene la forma ${EXAMPLE_PERMIT_NUMBER}).`,
    },
  };
}

export function unknownParty(party: string): PermitNumberError {
  return {
    code: 'permit-number.unknown-party',
    message: {
      en: `"${party}" is not the ISO 3166 code of a CITES Party.`,
      fr: `« ${party} » n’est pas le code ISO 3166 d’une Partie à la CITES.`,
      es: `«${party}» no es el código ISO 3166 de una Parte en la CITES.`,
    },
  };
}

export function invalidYear(year: number, first: number, last: number): PermitNumberError {
  return {
    code: 'permit-number.invalid-year',
    message: {
      en: `The year must be a whole number from ${first} to ${last}; got ${year}.`,
      fr: `L’année doit être un nombre entier de ${first} à ${last} ; valeur reçue : ${year}.`,
      es: `El año debe ser un número entero entre ${first} y ${last}; valor recibido: ${year}.`,
    },
  };
}

export function invalidDeviceCode(device: string): PermitNumberError {
  return {
    code: 'permit-number.invalid-device-code',
    message: {
      en: `"${device}" is not a device code: 3 characters from 2–9 and A–Z, except I and O.`,
      fr: `« ${device} » n’est pas un code d’appareil : 3 caractères parmi 2–9 et A–Z, sauf I et O.`,
      es: `«${device}» no es un código de dispositivo: 3 caracteres entre 2–9 y A–Z, salvo I y O.`,
    },
  };
}

export function invalidSequence(sequence: number, last: number): PermitNumberError {
  return {
    code: 'permit-number.invalid-sequence',
    message: {
      en: `The sequence number must be a whole number from 1 to ${last}; got ${sequence}.`,
      fr: `Le numéro d’ordre doit être un nombre entier de 1 à ${last} ; valeur reçue : ${sequence}.`,
      es: `El número de orden debe ser un número entero entre 1 y ${last}; valor recibido: ${sequence}.`,
    },
  };
}

export function checkCharacterMismatch(): PermitNumberError {
  return {
    code: 'permit-number.check-character-mismatch',
    message: {
      en: 'The check character does not match: a character is probably mistyped, or two are swapped. Compare with the printed permit.',
      fr: 'Le caractère de contrôle ne correspond pas : un caractère a sans doute été mal saisi, ou deux ont été intervertis. Comparez avec le permis imprimé.',
      es: 'El carácter de control no coincide: probablemente se ha escrito mal un carácter o se han invertido dos. Compárelo con el permiso impreso.',
    },
  };
}

export function notCanonical(canonical: string): PermitNumberError {
  return {
    code: 'permit-number.not-canonical',
    message: {
      en: `A stored permit number is written in capitals with no surrounding spaces: ${canonical}.`,
      fr: `Un numéro de permis enregistré s’écrit en majuscules, sans espaces autour : ${canonical}.`,
      es: `Un número de permiso almacenado se escribe en mayúsculas y sin espacios alrededor: ${canonical}.`,
    },
  };
}
