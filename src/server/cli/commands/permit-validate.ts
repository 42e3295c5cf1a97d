// `hornbill permit validate FILE.json [--lang en|fr|es] [--at YYYY-MM-DD]`: checks a permit in the
// hornbill-permit/1 format (docs/permit-format.md) against its schema and the Convention's rules, with the
// demo checklist, the Party of its own box 6 and today's date (or --at). No quota shares: those live on
// devices. Prints {valid, errors, warnings}; exit 0 valid, 1 invalid, 2 unreadable or not JSON.
import { readFile } from 'node:fs/promises';
import { calendarDateSchema } from '../../../core/permit/calendar-date.ts';
import type { CalendarDate } from '../../../core/permit/calendar-date.ts';
import type { LocalizedMessage } from '../../../core/permit/localized-error.ts';
import { permitSchema } from '../../../core/permit/model/permit.ts';
import { makeChecklistLookup } from '../../../core/permit/rules/checklist-lookup.ts';
import type { Finding } from '../../../core/permit/rules/finding.ts';
import { schemaFindings } from '../../../core/permit/rules/schema-findings.ts';
import { validatePermit } from '../../../core/permit/rules/validate-permit.ts';
import { demoChecklistTaxa } from '../../../core/species/data/demo-checklist.ts';
import { describeError } from '../../store/describe-error.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { exactOperands, subcommand } from '../subcommand.ts';
import { usageError } from '../usage-error.ts';

const USAGE = 'hornbill permit validate FILE.json [--lang en|fr|es] [--at YYYY-MM-DD]';
const LANGUAGES = ['en', 'fr', 'es'] as const;
type Language = keyof LocalizedMessage;

function languageOption(value: string | undefined): Language {
  if (value === undefined) return 'en';
  const language = LANGUAGES.find((candidate) => candidate === value);
  if (language === undefined) throw usageError(`--lang must be one of ${LANGUAGES.join(', ')}`);
  return language;
}

/** --at, else the machine's local date today. */
function todayOption(value: string | undefined): CalendarDate {
  if (value !== undefined) {
    const parsed = calendarDateSchema.safeParse(value);
    if (!parsed.success) throw usageError('--at must be a date YYYY-MM-DD');
    return parsed.data;
  }
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return calendarDateSchema.parse(`${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`);
}

async function readJson(file: string): Promise<{ ok: true; json: unknown } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch (error) {
    // JSON.parse quotes the input in its message, line breaks included: keep the reason on one line.
    const detail = error instanceof Error ? error.message.replace(/\s+/g, ' ') : String(error);
    return { ok: false, reason: `not JSON (${detail})` };
  }
}

function shown(findings: readonly Finding[], language: Language) {
  return findings.map((finding) => ({ code: finding.code, path: finding.path, message: finding.message[language] }));
}

export async function run(args: readonly string[]): Promise<number> {
  const { rest } = subcommand('permit', args, ['validate']);
  const { values, positionals } = parseCommandLine(rest, { lang: { type: 'string' }, at: { type: 'string' } }, true);
  const [file = ''] = exactOperands(positionals, ['FILE'], USAGE);
  const language = languageOption(values.lang);
  const today = todayOption(values.at);

  const read = await readJson(file);
  if (!read.ok) {
    process.stderr.write(`hornbill: ${file}: ${read.reason}\n`);
    return 2;
  }
  const parsed = permitSchema.safeParse(read.json, { reportInput: true });
  const result = parsed.success
    ? validatePermit(parsed.data, {
        checklist: makeChecklistLookup(demoChecklistTaxa),
        authorityParty: parsed.data.managementAuthority.party,
        quotaShares: null,
        clock: () => today,
      })
    : { valid: false, errors: schemaFindings(parsed.error), warnings: [] };
  const output = { valid: result.valid, errors: shown(result.errors, language), warnings: shown(result.warnings, language) };
  process.stdout.write(`${JSON.stringify(output, null, 2)}\n`);
  return result.valid ? 0 : 1;
}
