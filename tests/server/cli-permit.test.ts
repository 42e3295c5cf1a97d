// The permit and species commands, run as the real `hornbill` child process.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../support/run-cli.ts';

const validExport = fileURLToPath(new URL('../fixtures/permits/valid-export.json', import.meta.url));
const speciesSample = fileURLToPath(new URL('../fixtures/species/index-of-cites-species-sample.csv', import.meta.url));

interface Report {
  valid: boolean;
  errors: { code: string; path: string; message: string }[];
  warnings: { code: string; path: string; message: string }[];
}

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-cli-permit-'));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

/** The example permit changed and written to a scratch file. */
async function changedPermitFile(name: string, change: (permit: Record<string, unknown>) => void): Promise<string> {
  const permit = JSON.parse(await readFile(validExport, 'utf8')) as Record<string, unknown>;
  change(permit);
  const file = path.join(scratch, name);
  await writeFile(file, JSON.stringify(permit));
  return file;
}

describe('hornbill permit validate', () => {
  it('reports the example permit valid, exit 0', async () => {
    const result = await runCli(['permit', 'validate', validExport, '--at', '2026-11-26']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, errors: [], warnings: [] });
  });

  it('reports rule errors and warnings in the chosen language, exit 1', async () => {
    const file = await changedPermitFile('bad-rules.json', (permit) => {
      permit['validUntil'] = '2027-12-31';
      const [first] = permit['lineItems'] as Record<string, unknown>[];
      if (first !== undefined) first['quantity'] = { amount: 4, unit: 'MTQ' };
    });
    const result = await runCli(['permit', 'validate', file, '--at', '2026-11-26', '--lang', 'fr']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.valid).toBe(false);
    expect(report.errors).toEqual([
      { code: 'art6.validity-too-long', path: 'validUntil', message: expect.stringContaining('au plus 6 mois') as unknown as string },
    ]);
    expect(report.warnings.map((warning) => [warning.code, warning.path])).toEqual([['term-unit.unusual-pair', 'lineItems.0.quantity.unit']]);
    expect(report.warnings[0]?.message).toContain('nombre de spécimens');
  });

  it('uses today’s date without --at: a long-expired permit is invalid', async () => {
    const file = await changedPermitFile('expired.json', (permit) => {
      permit['validUntil'] = '2001-06-01';
      permit['issuance'] = { place: 'Nairobi', date: '2001-01-10', official: 'J. Wanjiru' };
    });
    const result = await runCli(['permit', 'validate', file]);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.errors.map((error) => error.code)).toContain('art6.valid-until-past');
    expect(result.code).toBe(1);
  });

  it('reports schema errors with their paths, in Spanish, exit 1', async () => {
    const file = await changedPermitFile('bad-schema.json', (permit) => {
      permit['purpose'] = 'K';
      delete permit['applicant'];
    });
    const result = await runCli(['permit', 'validate', file, '--lang', 'es']);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.errors.map((error) => [error.path, error.message])).toEqual([
      ['purpose', 'Valor no admitido; valores admitidos: B, E, G, H, L, M, N, P, Q, S, T, Z.'],
      ['applicant', 'Esta casilla es obligatoria.'],
    ]);
  });

  it('exits 2 with one line on stderr when the file is missing or not JSON', async () => {
    const missing = await runCli(['permit', 'validate', path.join(scratch, 'absent.json')]);
    expect(missing.code).toBe(2);
    expect(missing.stdout).toBe('');
    expect(missing.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(missing.stderr).toMatch(/absent\.json: ENOENT/);

    const notJson = path.join(scratch, 'not.json');
    await writeFile(notJson, '{"format": "hornbill-permit/1",\n');
    const broken = await runCli(['permit', 'validate', notJson]);
    expect(broken.code).toBe(2);
    expect(broken.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(broken.stderr).toMatch(/not\.json: not JSON/);
  });

  it('exits 2 on a bad command line', async () => {
    expect((await runCli(['permit', 'validate', validExport, '--lang', 'de'])).code).toBe(2);
    expect((await runCli(['permit', 'validate', validExport, '--at', '26/11/2026'])).code).toBe(2);
    expect((await runCli(['permit', 'validate'])).code).toBe(2);
    expect((await runCli(['permit', 'check', validExport])).code).toBe(2);
  });
});

function jsonLines(stdout: string): { id: number; name: string; rank: string; appendices: string[]; commonNames: Record<string, string[]> }[] {
  return stdout.trimEnd().split('\n').filter((line) => line !== '').map((line) => JSON.parse(line) as { id: number; name: string; rank: string; appendices: string[]; commonNames: Record<string, string[]> });
}

describe('hornbill species search', () => {
  it('searches the demo checklist, one JSON object per line', async () => {
    const result = await runCli(['species', 'search', 'grey wolf', '--limit', '3']);
    expect(result.code).toBe(0);
    const [first] = jsonLines(result.stdout);
    expect(first).toMatchObject({ id: 4442, name: 'Canis lupus', rank: 'SPECIES', appendices: ['I', 'II'] });
    expect(first?.commonNames['fr']).toContain('Loup gris');
  });

  it('finds a taxon by a synonym and respects --limit', async () => {
    expect(jsonLines((await runCli(['species', 'search', 'Lacerta nilotica'])).stdout)[0]?.name).toBe('Varanus niloticus');
    expect(jsonLines((await runCli(['species', 'search', 'Manis', '--limit', '2'])).stdout)).toHaveLength(2);
  });

  it('searches a Species+ CSV export, plain or gzipped', async () => {
    const gzipped = path.join(scratch, 'index.csv.gz');
    await writeFile(gzipped, gzipSync(await readFile(speciesSample)));
    for (const checklist of [speciesSample, gzipped]) {
      const result = await runCli(['species', 'search', 'african elephant', '--checklist', checklist]);
      expect(result.code).toBe(0);
      expect(jsonLines(result.stdout)[0]).toMatchObject({ id: 4521, name: 'Loxodonta africana' });
    }
  });

  it('exits 1 with the line and the problem when the export does not import', async () => {
    const broken = path.join(scratch, 'broken.csv');
    const sample = await readFile(speciesSample, 'utf8');
    await writeFile(broken, sample.replace(/\n4521,/, '\nnot-a-number,'));
    const result = await runCli(['species', 'search', 'elephant', '--checklist', broken]);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^hornbill: .*broken\.csv: line 2: /);
  });

  it('exits 2 on a bad --limit', async () => {
    expect((await runCli(['species', 'search', 'wolf', '--limit', '0'])).code).toBe(2);
  });
});
