// `hornbill checklist import FILE` publishes a Species+ "Index of CITES Species" CSV export (gzip'd or not)
// as HQ's newest checklist, which devices download at their next sync; the import is strict (the first bad
// row names its line, nothing is published) and content HQ's newest version already has is not published
// again. `hornbill checklist list` prints every published version, newest first, one JSON object per line.
import type { StoredDownloadInfo } from '../../sync/checklist-downloads.ts';
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
    const { info, downloads } = outcome;
    process.stdout.write(`Checklist version ${info.number} published: ${info.version}, ${info.taxa} taxa. Devices download it at their next sync.\n`);
    process.stdout.write(`${describeStoredDownloads(downloads)}\n`);
    return 0;
  });
}

/** "1 page", "3 pages". */
function counted(count: number, noun: string): string {
  return `${count.toLocaleString('en')} ${noun}${count === 1 ? '' : 's'}`;
}

/** What the publish stored for devices, e.g. "Stored 2 downloads, 5 pages, 12,345 bytes gzip'd: full: 4 pages; from version 1: 1 page." */
function describeStoredDownloads(downloads: readonly StoredDownloadInfo[]): string {
  const pages = downloads.reduce((sum, download) => sum + download.pages, 0);
  const bytes = downloads.reduce((sum, download) => sum + download.bytes, 0);
  const each = downloads.map((download) => `${download.fromNumber === undefined ? 'full' : `from version ${download.fromNumber}`}: ${counted(download.pages, 'page')}`);
  return `Stored ${counted(downloads.length, 'download')}, ${counted(pages, 'page')}, ${counted(bytes, 'byte')} gzip'd: ${each.join('; ')}.`;
}
