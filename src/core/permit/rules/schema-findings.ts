// A permit that does not even pass permitSchema, reported like the rules' findings: one error per zod
// issue, at its path, with a message in EN/FR/ES. Zod's own messages are English only, so the common issue
// kinds get their own wording; custom issues that carry a localized message (the permit number's) keep it.
// Parse with `{ reportInput: true }`, so that a missing box (input undefined) is told from a wrong one.
import type { z } from 'zod';
import type { LocalizedMessage } from '../localized-error.ts';
import { errorFinding } from './finding.ts';
import type { Finding } from './finding.ts';

type Issue = z.core.$ZodIssue;

/** Up to this many allowed values are listed in the message; longer lists (countries, terms) are not. */
const LISTED_VALUES = 12;

function isLocalizedMessage(value: unknown): value is LocalizedMessage {
  if (typeof value !== 'object' || value === null) return false;
  return ['en', 'fr', 'es'].every((language) => typeof (value as Record<string, unknown>)[language] === 'string');
}

function same(text: string): LocalizedMessage {
  return { en: text, fr: text, es: text };
}

function tooSmall(issue: Extract<Issue, { code: 'too_small' }>): LocalizedMessage {
  const minimum = String(issue.minimum);
  if (issue.origin === 'string') return { en: 'This box may not be empty.', fr: 'Cette case ne peut pas être vide.', es: 'Esta casilla no puede estar vacía.' };
  if (issue.origin === 'array') {
    return { en: `At least ${minimum} entries are needed.`, fr: `Il faut au moins ${minimum} entrées.`, es: `Se necesitan al menos ${minimum} entradas.` };
  }
  return issue.inclusive === true
    ? { en: `Must be ${minimum} or more.`, fr: `Doit être supérieur ou égal à ${minimum}.`, es: `Debe ser mayor o igual que ${minimum}.` }
    : { en: `Must be more than ${minimum}.`, fr: `Doit être supérieur à ${minimum}.`, es: `Debe ser mayor que ${minimum}.` };
}

function invalidFormat(issue: Extract<Issue, { code: 'invalid_format' }>): LocalizedMessage {
  if (issue.format === 'date') return { en: 'Not a valid date (YYYY-MM-DD).', fr: 'Date non valide (AAAA-MM-JJ).', es: 'Fecha no válida (AAAA-MM-DD).' };
  if (issue.format === 'uuid') return { en: 'Not a valid UUID.', fr: 'UUID non valide.', es: 'UUID no válido.' };
  return { en: `Wrong format (${issue.format}).`, fr: `Format incorrect (${issue.format}).`, es: `Formato incorrecto (${issue.format}).` };
}

const REQUIRED: LocalizedMessage = { en: 'This box is required.', fr: 'Cette case est obligatoire.', es: 'Esta casilla es obligatoria.' };

/** A box left empty, as opposed to one holding a wrong value. */
function isMissingInput(issue: Issue): boolean {
  return issue.code !== 'custom' && 'input' in issue && issue.input === undefined;
}

function issueMessage(issue: Issue): LocalizedMessage {
  if (isMissingInput(issue)) return REQUIRED;
  switch (issue.code) {
    case 'invalid_type':
      return { en: `Wrong kind of value: ${issue.expected} expected.`, fr: `Type de valeur incorrect : ${issue.expected} attendu.`, es: `Tipo de valor incorrecto: se esperaba ${issue.expected}.` };
    case 'invalid_value': {
      const values = issue.values.map(String);
      if (values.length > LISTED_VALUES) return { en: issue.message, fr: 'Valeur non admise.', es: 'Valor no admitido.' };
      const listed = values.join(', ');
      return { en: `Not an allowed value; allowed: ${listed}.`, fr: `Valeur non admise ; valeurs admises : ${listed}.`, es: `Valor no admitido; valores admitidos: ${listed}.` };
    }
    case 'invalid_union':
      return { en: 'Not an allowed value.', fr: 'Valeur non admise.', es: 'Valor no admitido.' };
    case 'too_small':
      return tooSmall(issue);
    case 'invalid_format':
      return invalidFormat(issue);
    case 'custom':
      return isLocalizedMessage(issue.params?.['message']) ? issue.params['message'] : same(issue.message);
    default:
      return same(issue.message);
  }
}

/** A custom issue's own code where it has one (e.g. permit-number.check-character-mismatch), else schema.<zod code>. */
function issueCode(issue: Issue): string {
  const code = issue.code === 'custom' ? issue.params?.['code'] : undefined;
  return typeof code === 'string' ? code : `schema.${issue.code}`;
}

function issueFinding(issue: Issue): Finding {
  return errorFinding(issueCode(issue), issue.path.map(String).join('.'), issueMessage(issue));
}

export function schemaFindings(error: z.ZodError): Finding[] {
  return error.issues.map(issueFinding);
}

/** Nothing typed there yet: absent, an empty text, or a group of boxes that are all blank. */
function isBlank(value: unknown): boolean {
  if (value === undefined || value === null || value === '') return true;
  if (Array.isArray(value)) return value.every(isBlank);
  return typeof value === 'object' && Object.values(value).every(isBlank);
}

/** Only the boxes holding a wrong value: what a half-filled application shows while its blank boxes wait. */
export function invalidValueFindings(error: z.ZodError): Finding[] {
  return error.issues.filter((issue) => issue.code === 'custom' || !('input' in issue) || !isBlank(issue.input)).map(issueFinding);
}
