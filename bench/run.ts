// `npm run bench`: every performance figure of DESIGN §11 that exists so far, beside its budget and a baseline
// measured in the same run. Figures are printed, never asserted: speed is not a test.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { appShellSizeRows } from './rows/app-shell-size.ts';
import { auditLogRows } from './rows/audit-log.ts';
import { deviceActRows } from './rows/device-act.ts';
import { offlineStartRows } from './rows/offline-start.ts';
import { permitValidationRows } from './rows/permit-validation.ts';
import { qrSizeRows } from './rows/qr-size.ts';
import { qrVerifyRows } from './rows/qr-verify.ts';
import { speciesSearchRows } from './rows/species-search.ts';
import { renderBenchTable, type BenchRow } from './table.ts';

const runs = Number(process.env['BENCH_RUNS'] ?? '5');
const workDir = mkdtempSync(join(tmpdir(), 'hornbill-bench-'));
const rows: BenchRow[] = [];
try {
  const size = await appShellSizeRows(workDir);
  rows.push(...size.rows);
  rows.push(...(await offlineStartRows(join(workDir, 'react-hello'), runs)));
  rows.push(...(await speciesSearchRows()));
  rows.push(...permitValidationRows());
  rows.push(...(await qrSizeRows()));
  rows.push(...(await qrVerifyRows()));
  rows.push(...(await auditLogRows()));
  rows.push(...(await deviceActRows()));
  console.log(renderBenchTable(rows));
  console.log(`\n${size.composition}`);
} finally {
  rmSync(workDir, { recursive: true, force: true });
}
