// `hornbill checklist import|list` on a fresh SQLite data directory, with small Species+ exports in the real
// format (tests/fixtures/species/checklist-publish-*.csv: real rows of the sample export).
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importSpeciesPlusIndex } from '../../src/core/species/speciesplus-import.ts';
import { cliEnvironment, runCli } from '../support/run-cli.ts';

const fixture = (name: string) => new URL(`../fixtures/species/${name}`, import.meta.url);
let scratch: string;
let env: Record<string, string>;

async function versionOf(name: string): Promise<string> {
  const imported = await importSpeciesPlusIndex(await readFile(fixture(name), 'utf8'));
  if (!imported.ok) throw new Error(imported.problem);
  return imported.checklist.version;
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-checklist-cli-'));
  env = cliEnvironment({ DATA_DIR: path.join(scratch, 'data') });
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('hornbill checklist (SQLite)', () => {
  it('publishes an export, skips the same content again (gzip’d or not), publishes an update and lists both', async () => {
    expect(await runCli(['checklist', 'list'], env)).toMatchObject({ code: 0, stdout: '' });
    const first = await versionOf('checklist-publish-first.csv');
    const update = await versionOf('checklist-publish-update.csv');

    const published = await runCli(['checklist', 'import', fileURLToPath(fixture('checklist-publish-first.csv'))], env);
    expect(published).toMatchObject({ code: 0, stderr: '' });
    expect(published.stdout).toMatch(new RegExp(`^Checklist version 1 published: ${first}, 4 taxa\\. Devices download it at their next sync\\.\n`
      + 'Stored 1 download, 1 page, [0-9,]+ bytes gzip\'d: full: 1 page\\.\n$'));

    const gzipped = path.join(scratch, 'first.csv.gz');
    await writeFile(gzipped, gzipSync(await readFile(fixture('checklist-publish-first.csv'))));
    const again = await runCli(['checklist', 'import', gzipped], env);
    expect(again).toMatchObject({ code: 0, stdout: `Checklist unchanged: HQ's newest version (1, ${first}) has this content; nothing was published.\n` });

    const updated = await runCli(['checklist', 'import', fileURLToPath(fixture('checklist-publish-update.csv'))], env);
    expect(updated.stdout).toContain(`Checklist version 2 published: ${update}, 4 taxa.`);
    // The full download and the diff from version 1, the one devices hold.
    expect(updated.stdout).toMatch(/\nStored 2 downloads, 2 pages, [0-9,]+ bytes gzip'd: full: 1 page; from version 1: 1 page\.\n$/);

    const listed = await runCli(['checklist', 'list'], env);
    const lines = listed.stdout.trim().split('\n').map((line) => JSON.parse(line) as { number: number; version: string; taxa: number; publishedAt: string });
    expect(lines.map(({ number, version, taxa }) => ({ number, version, taxa }))).toEqual([
      { number: 2, version: update, taxa: 4 },
      { number: 1, version: first, taxa: 4 },
    ]);
    expect(lines.every((line) => !Number.isNaN(Date.parse(line.publishedAt)))).toBe(true);
  });

  it('refuses a broken export naming its line, publishing nothing; a missing file; a missing operand', async () => {
    const text = await readFile(fixture('checklist-publish-update.csv'), 'utf8');
    const broken = path.join(scratch, 'broken.csv');
    await writeFile(broken, text.replace(',SPECIES,II,', ',SPECIES,IV,'));
    const before = (await runCli(['checklist', 'list'], env)).stdout;

    const refused = await runCli(['checklist', 'import', broken], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/^hornbill: .*broken\.csv: line 4: CurrentListing "IV" is not a listing .*; nothing was published\n$/);
    expect((await runCli(['checklist', 'list'], env)).stdout).toBe(before);

    const missing = await runCli(['checklist', 'import', path.join(scratch, 'nowhere.csv')], env);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('nowhere.csv: ENOENT');
    expect((await runCli(['checklist', 'import'], env)).code).toBe(2);
    expect((await runCli(['checklist', 'publish'], env)).code).toBe(2);
  });
});
