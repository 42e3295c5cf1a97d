// `hornbill species search "QUERY" [--limit N] [--checklist FILE]`: the offline species search of the
// permit form, from the command line. One JSON object per line, best first. The checklist is the demo one,
// or a Species+ "Index of CITES Species" CSV export (gzipped or not), imported strictly: an import error
// prints the line and the problem and exits 1.
import { demoChecklistTaxa } from '../../../core/species/data/demo-checklist.ts';
import { buildSearchIndex, searchSpecies } from '../../../core/species/search-index.ts';
import type { Taxon } from '../../../core/species/taxon.ts';
import { importSpeciesPlusFile } from '../import-speciesplus-file.ts';
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

export async function run(args: readonly string[]): Promise<number> {
  const { rest } = subcommand('species', args, ['search']);
  const { values, positionals } = parseCommandLine(rest, { limit: { type: 'string' }, checklist: { type: 'string' } }, true);
  const [query = ''] = exactOperands(positionals, ['QUERY'], USAGE);
  const limit = limitOption(values.limit);
  let taxa: readonly Taxon[] = demoChecklistTaxa;
  if (values.checklist !== undefined) {
    const imported = await importSpeciesPlusFile(values.checklist);
    if (!imported.ok) {
      process.stderr.write(`hornbill: ${values.checklist}: ${imported.reason}\n`);
      return 1;
    }
    taxa = imported.checklist.taxa;
  }
  for (const { taxon } of searchSpecies(buildSearchIndex(taxa), query, limit)) {
    const line = { id: taxon.id, name: taxon.scientificName, rank: taxon.rank, appendices: taxon.listing.appendices, commonNames: taxon.commonNames };
    process.stdout.write(`${JSON.stringify(line)}\n`);
  }
  return 0;
}
