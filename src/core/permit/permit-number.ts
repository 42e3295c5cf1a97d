// Permit numbers (DESIGN §3), unique without coordination because each enrolled device numbers its own
// permits: PPYY-DDD-SSSSS-C, e.g. KE26-T3F-00042-O —
//   PP    the issuing Party, ISO 3166-1 alpha-2
//   YY    the year of issue, 2000–2099
//   DDD   the device code assigned at enrolment (see device-code.ts)
//   SSSSS the device's sequence, 00001–99999, restarting each year
//   C     the check character (see check-character.ts) over the 12 characters before it, hyphens left out.
import { z } from 'zod';
import { hasValidCheckCharacter, computeCheckCharacter } from './check-character.ts';
import { isDeviceCode } from './device-code.ts';
import { isPartyCode } from './party-code.ts';
import { failure, success } from './result.ts';
import type { Result } from './result.ts';
import {
  checkCharacterMismatch,
  invalidCharacter,
  invalidDeviceCode,
  invalidSequence,
  invalidYear,
  misplacedCharacter,
  notCanonical,
  unknownParty,
  wrongLength,
} from './permit-number-errors.ts';
import type { CharacterKind, PermitNumberError } from './permit-number-errors.ts';

export interface PermitNumberParts {
  /** ISO 3166-1 alpha-2, upper case, e.g. "KE". */
  readonly party: string;
  /** The full year of issue, 2000–2099; the number shows its last two digits. */
  readonly year: number;
  readonly device: string;
  readonly sequence: number;
}

const FIRST_YEAR = 2000;
const LAST_YEAR = 2099;
const LAST_SEQUENCE = 99_999;

/** The printed form, position by position. */
const LAYOUT: readonly CharacterKind[] = [
  'letter', 'letter', 'digit', 'digit', 'hyphen',
  'alphanumeric', 'alphanumeric', 'alphanumeric', 'hyphen',
  'digit', 'digit', 'digit', 'digit', 'digit', 'hyphen',
  'alphanumeric',
];

const KIND_PATTERNS: Readonly<Record<CharacterKind, RegExp>> = {
  letter: /^[A-Z]$/,
  digit: /^[0-9]$/,
  hyphen: /^-$/,
  alphanumeric: /^[0-9A-Z]$/,
};

function isWholeNumberBetween(value: number, first: number, last: number): boolean {
  return Number.isInteger(value) && value >= first && value <= last;
}

export function formatPermitNumber(parts: PermitNumberParts): Result<string, PermitNumberError> {
  const { party, year, device, sequence } = parts;
  if (!isPartyCode(party)) return failure(unknownParty(party));
  if (!isWholeNumberBetween(year, FIRST_YEAR, LAST_YEAR)) return failure(invalidYear(year, FIRST_YEAR, LAST_YEAR));
  if (!isDeviceCode(device)) return failure(invalidDeviceCode(device));
  if (!isWholeNumberBetween(sequence, 1, LAST_SEQUENCE)) return failure(invalidSequence(sequence, LAST_SEQUENCE));
  const twoDigitYear = String(year - FIRST_YEAR).padStart(2, '0');
  const paddedSequence = String(sequence).padStart(5, '0');
  const check = computeCheckCharacter(`${party}${twoDigitYear}${device}${paddedSequence}`);
  return success(`${party}${twoDigitYear}-${device}-${paddedSequence}-${check}`);
}

/** Reads a number as an inspector types it: case and surrounding spaces do not matter, hyphens do. */
export function parsePermitNumber(text: string): Result<PermitNumberParts, PermitNumberError> {
  const characters = [...text.trim()];
  const strayIndex = characters.findIndex((c) => !/^[0-9A-Za-z-]$/.test(c));
  if (strayIndex >= 0) return failure(invalidCharacter(characters[strayIndex] ?? '', strayIndex + 1));
  const number = characters.join('').toUpperCase();
  if (number.length !== LAYOUT.length) return failure(wrongLength(number.length, LAYOUT.length));
  const misplacedIndex = LAYOUT.findIndex((kind, i) => !KIND_PATTERNS[kind].test(number.charAt(i)));
  const misplacedKind = LAYOUT[misplacedIndex];
  if (misplacedKind !== undefined) return failure(misplacedCharacter(misplacedIndex + 1, misplacedKind));

  const party = number.slice(0, 2);
  const device = number.slice(5, 8);
  const sequence = Number(number.slice(9, 14));
  if (!isPartyCode(party)) return failure(unknownParty(party));
  if (!isDeviceCode(device)) return failure(invalidDeviceCode(device));
  if (sequence < 1) return failure(invalidSequence(sequence, LAST_SEQUENCE));
  if (!hasValidCheckCharacter(number.replaceAll('-', ''))) return failure(checkCharacterMismatch());
  return success({ party, year: FIRST_YEAR + Number(number.slice(2, 4)), device, sequence });
}

/** Why text is not a permit number as stored and exchanged: valid and exactly in its printed form. */
function storedFormError(text: string): PermitNumberError | undefined {
  const parsed = parsePermitNumber(text);
  if (!parsed.ok) return parsed.error;
  const printed = text.trim().toUpperCase();
  return text === printed ? undefined : notCanonical(printed);
}

/** A permit number as stored and exchanged; the issue's params carry the error code and EN/FR/ES message. */
export const permitNumberSchema = z.string().superRefine((text, context) => {
  const error = storedFormError(text);
  if (error !== undefined) {
    context.addIssue({ code: 'custom', message: error.message.en, params: { code: error.code, message: error.message } });
  }
});
