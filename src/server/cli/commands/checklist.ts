// `hornbill checklist import FILE` publishes a Species+ "Index of CITES Species" CSV export (gzip'd or not)
// as HQ's newest checklist, which devices download at their next sync; the import is strict (the first bad
// row names its line, nothing is published) and content HQ's newest version already has is not published
// again. `hornbill checklist list` prints every published version, newest first, one JSON object per line.
import { listChecklistVersions, publishChecklist } from '../../sync/checklist-store.ts';
import { importSpeciesPlusFile } from '../import-speciesplus-file.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { exactOperands, subcommand } from '../subcommand.ts';
import { withStore } from '../with-store.ts';

export async function run(args: readonly string[]): Promise<number> {
  const { verb, rest } = subcommand('checklist', args, ['import', 'list']);
  if (verb === 'import') return importChecklist(rest);
  parseCommandLine(rest, {});
  return withStore(async (store) => {
    for (const info of await listChecklistVersions(store.db)) {
      process.stdout.write(`${JSON.stringify({ number: info.number, version: info.version, publishedAt: info.publishedAt.toISOString(), taxa: info.taxa })}\n`);
    }
    return 0;
  });
}

async function importChecklist(args: readonly string[]): Promise<number> {
  const { positionals } = parseCommandLine(args, {}, true);
  const [file = ''] = exactOperands(positionals, ['FILE'], 'hornbill checklist import SPECIESPLUS.csv[.gz]');
  const imported = await importSpeciesPlusFile(file);
  if (!imported.ok) {
    process.stderr.write(`hornbill: ${file}: ${imported.reason}; nothing was published\n`);
    return 1;
  }
  const { checklist } = imported;
  return withStore(async (store) => {
    const outcome = await publishChecklist(store.db, checklist, new Date());
    if (!outcome.published) {
      process.stdout.write(`Checklist unchanged: HQ's newest version (${outcome.newest.number}, ${outcome.newest.version}) has this content; nothing was published.\n`);
      return 0;
    }
    const { info } = outcome;
    process.stdout.write(`Checklist version ${info.number} published: ${info.version}, ${info.taxa} taxa. Devices download it at their next sync.\n`);
    return 0;
  });
}
