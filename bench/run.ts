// `npm run bench`: every performance figure of DESIGN §11 that exists so far, beside its budget and a baseline
// measured in the same run. Figures are printed, never asserted: speed is not a test.
// `tsx bench/run.ts --only sync-load` (repeatable) runs only the named row sets.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { appShellSizeRows } from './rows/app-shell-size.ts';
import { auditLogRows } from './rows/audit-log.ts';
import { checklistTransferRows } from './rows/checklist-transfer.ts';
import { deviceActRows } from './rows/device-act.ts';
import { offlineStartRows } from './rows/offline-start.ts';
import { permitListRows } from './rows/permit-list.ts';
import { permitValidationRows } from './rows/permit-validation.ts';
import { qrSizeRows } from './rows/qr-size.ts';
import { qrVerifyRows } from './rows/qr-verify.ts';
import { speciesSearchRows } from './rows/species-search.ts';
import { syncFaultRows } from './rows/sync-faults.ts';
import { syncIngestRows } from './rows/sync-ingest.ts';
import { syncLoadRows } from './rows/sync-load.ts';
import { renderBenchTable, type BenchRow } from './table.ts';

const runs = Number(process.env['BENCH_RUNS'] ?? '5');
const workDir = mkdtempSync(join(tmpdir(), 'hornbill-bench-'));
const trailer: string[] = [];

/** The row sets by name, in table order. The offline start is timed against the baseline app the size rows build. */
const rowSets: Readonly<Record<string, () => Promise<BenchRow[]>>> = {
  'app-shell': async () => {
    const size = await appShellSizeRows(workDir);
    trailer.push(size.composition);
    return [...size.rows, ...(await offlineStartRows(join(workDir, 'react-hello'), runs))];
  },
  'species-search': speciesSearchRows,
  'permit-validation': async () => permitValidationRows(),
  'qr-size': qrSizeRows,
  'qr-verify': qrVerifyRows,
  'audit-log': auditLogRows,
  'device-act': deviceActRows,
  'permit-list': permitListRows,
  'sync-ingest': syncIngestRows,
  'sync-load': syncLoadRows,
  'sync-faults': syncFaultRows,
  'checklist-transfer': checklistTransferRows,
};

function selectedRowSets(): string[] {
  const only = parseArgs({ options: { only: { type: 'string', multiple: true } } }).values.only ?? [];
  const unknown = only.filter((name) => !Object.hasOwn(rowSets, name));
  if (unknown.length > 0) throw new Error(`bench: no row set ${unknown.join(', ')}; there are ${Object.keys(rowSets).join(', ')}`);
  return only.length === 0 ? Object.keys(rowSets) : Object.keys(rowSets).filter((name) => only.includes(name));
}

const rows: BenchRow[] = [];
try {
  for (const name of selectedRowSets()) rows.push(...(await rowSets[name]?.() ?? []));
  console.log(renderBenchTable(rows));
  for (const text of trailer) console.log(`\n${text}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
