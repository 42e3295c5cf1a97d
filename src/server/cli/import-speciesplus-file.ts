// A Species+ "Index of CITES Species" CSV export from a file, gzip'd or not, imported strictly: the first
// problem names its line and nothing is imported.
import { readFile } from 'node:fs/promises';
import { gunzipSync } from 'node:zlib';
import type { Checklist } from '../../core/species/checklist-version.ts';
import { importSpeciesPlusIndex } from '../../core/species/speciesplus-import.ts';
import { describeError } from '../store/describe-error.ts';

export type SpeciesPlusFileImport = { readonly ok: true; readonly checklist: Checklist } | { readonly ok: false; readonly reason: string };

/** The file's text; gzip is recognised by its magic bytes, not by the file name. */
function textOf(bytes: Buffer): string {
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  return (gzipped ? gunzipSync(bytes) : bytes).toString('utf8');
}

export async function importSpeciesPlusFile(file: string): Promise<SpeciesPlusFileImport> {
  let text: string;
  try {
    text = textOf(await readFile(file));
  } catch (error) {
    return { ok: false, reason: describeError(error) };
  }
  const imported = await importSpeciesPlusIndex(text);
  return imported.ok ? { ok: true, checklist: imported.checklist } : { ok: false, reason: `line ${imported.line}: ${imported.problem}` };
}
