import { isConfigError } from '../config-error.ts';
import { readPackageVersion } from '../package-info.ts';
import type { Command } from './command.ts';
import { parseCommandLine } from './parse-command-line.ts';
import { formatUsage } from './usage.ts';
import { isUsageError, usageError } from './usage-error.ts';

/** Every subcommand. A new one is a file in commands/ (exporting `run`) and one entry here. */
const commands: readonly Command[] = [
  {
    name: 'serve',
    summary: '[--demo] migrate the database, then serve the API and the PWA until SIGTERM or SIGINT (--demo: a demo authority on an empty DATA_DIR)',
    load: () => import('./commands/serve.ts'),
  },
  {
    name: 'authority',
    summary: 'authority init --party KE --name "…": create the root key and the first admin (once)',
    load: () => import('./commands/authority.ts'),
  },
  {
    name: 'user',
    summary: 'user add --username U --name "…" --roles r1,r2 [--office X] | user remove U [--reason "…"] | user list',
    load: () => import('./commands/user.ts'),
  },
  {
    name: 'trust',
    summary: 'trust export --out FILE | trust show FILE | trust import FILE [--yes]: signed trust lists',
    load: () => import('./commands/trust.ts'),
  },
  {
    name: 'notices',
    summary: 'notices export --out FILE | notices deliver: the signed notices for the CITES Secretariat (deliver: webhook, e-mail)',
    load: () => import('./commands/notices.ts'),
  },
  {
    name: 'qr',
    summary: 'qr verify "HB1:…" --trust FILE… [--status FILE…] [--at ISO-8601] [--lang en|fr|es] | qr decode "HB1:…": check or read a permit QR',
    load: () => import('./commands/qr.ts'),
  },
  {
    name: 'permit',
    summary:
      'permit validate FILE.json [--lang en|fr|es] [--at YYYY-MM-DD] | permit print FILE.json --key KEY.json --out permit.pdf [--lang en|fr|es]: check a permit; print the standard-form PDF with its signed QR',
    load: () => import('./commands/permit.ts'),
  },
  {
    name: 'species',
    summary: 'species search "QUERY" [--limit N] [--checklist FILE]: search the demo or a Species+ checklist',
    load: () => import('./commands/species-search.ts'),
  },
  {
    name: 'checklist',
    summary: 'checklist import SPECIESPLUS.csv[.gz] | checklist list: publish a Species+ export as the checklist devices download at sync',
    load: () => import('./commands/checklist.ts'),
  },
  {
    name: 'log',
    summary: 'log verify FILE [--trust FILE] [--root-fingerprint FP]: check an exported device log (exit 0 valid, 1 invalid, 2 unreadable)',
    load: () => import('./commands/log-verify.ts'),
  },
];

/** Runs `hornbill ARGS…` and resolves to the exit code: 0 ok, 1 bad configuration or failure, 2 bad usage. */
export async function main(argv: readonly string[]): Promise<number> {
  try {
    return await dispatch(argv);
  } catch (error) {
    if (isUsageError(error)) {
      process.stderr.write(`hornbill: ${error.message} (see 'hornbill --help')\n`);
      return 2;
    }
    if (isConfigError(error)) {
      process.stderr.write(`hornbill: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function dispatch(argv: readonly string[]): Promise<number> {
  // Options before the command name are global; everything after it belongs to the command.
  const commandIndex = argv.findIndex((arg) => !arg.startsWith('-'));
  const globalArgs = commandIndex === -1 ? argv : argv.slice(0, commandIndex);
  const { values } = parseCommandLine(globalArgs, {
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if (values.version === true) {
    process.stdout.write(`${readPackageVersion()}\n`);
    return 0;
  }
  if (values.help === true) {
    process.stdout.write(formatUsage(commands, readPackageVersion()));
    return 0;
  }
  const name = commandIndex === -1 ? undefined : argv[commandIndex];
  if (name === undefined) throw usageError('no command given');
  const command = commands.find((candidate) => candidate.name === name);
  if (command === undefined) throw usageError(`unknown command '${name}'`);
  const { run } = await command.load();
  return run(argv.slice(commandIndex + 1));
}
