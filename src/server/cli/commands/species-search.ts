// `hornbill species search "QUERY" [--limit N] [--checklist FILE]`: the offline species search of the
// permit form, from the command line. One JSON object per line, best first. The checklist is the demo one,
// or a Species+ "Index of CITES Species" CSV export (gzipped or not), imported strictly: an import error
// prints the line and the problem and exits 1.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import { demoChecklistTaxa } from '../../../core/species/data/demo-checklist.ts';
import { buildSearchIndex, searchSpecies } from '../../../core/species/search-index.ts';
import { importSpeciesPlusIndex } from '../../../core/species/speciesplus-import.ts';
import type { Taxon } from '../../../core/species/taxon.ts';
import { describeError } from '../../store/describe-error.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { exactOperands, subcommand } from '../subcommand.ts';
import { usageError } from '../usage-error.ts';

const USAGE = 'hornbill species search "QUERY" [--limit N] [--checklist FILE]';
const DEFAULT_LIMIT = 20;

function limitOption(value: string | undefined): number {
  if (value === undefined) return DEFAULT_LIMIT;
  if (!/^[1-9]\d*$/.test(value)) throw usageError('--limit must be a whole number of at least 1');
  return Number(value);
}

/** The file's text; gzip is recognised by its magic bytes, not by the file name. */
function textOf(bytes: Buffer): string {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

async function importedTaxa(file: string): Promise<{ ok: true; taxa: readonly Taxon[] } | { ok: false; reason: string }> {
  let text: string;
  try {
    text = textOf(await readFile(file));
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
  const imported = await importSpeciesPlusIndex(text);
  return imported.ok ? { ok: true, taxa: imported.checklist.taxa } : { ok: false, reason: `line ${imported.line}: ${imported.problem}` };
}

export async function run(args: readonly string[]): Promise<number> {
  const { rest } = subcommand('species', args, ['search']);
  const { values, positionals } = parseCommandLine(rest, { limit: { type: 'string' }, checklist: { type: 'string' } }, true);
  const [query = ''] = exactOperands(positionals, ['QUERY'], USAGE);
  const limit = limitOption(values.limit);
  let taxa: readonly Taxon[] = demoChecklistTaxa;
  if (values.checklist !== undefined) {
    const imported = await importedTaxa(values.checklist);
    if (!imported.ok) {
      process.stderr.write(`hornbill: ${values.checklist}: ${imported.reason}\n`);
      return 1;
    }
    taxa = imported.taxa;
  }
  for (const { taxon } of searchSpecies(buildSearchIndex(taxa), query, limit)) {
    const line = { id: taxon.id, name: taxon.scientificName, rank: taxon.rank, appendices: taxon.listing.appendices, commonNames: taxon.commonNames };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}
