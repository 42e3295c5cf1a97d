// The example permit of docs/permit-format.md, read from its fixture file, and copies to alter in tests.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { permitSchema } from '../../../src/core/permit/model/permit.ts';
import type { Permit } from '../../../src/core/permit/model/permit.ts';

export const VALID_EXPORT_PATH = fileURLToPath(new URL('../../fixtures/permits/valid-export.json', import.meta.url));

export function readValidExportJson(): unknown {
  return JSON.parse(readFileSync(VALID_EXPORT_PATH, 'utf8'));
}

/** A fresh, parsed copy of the example permit each call, so a test may change it freely. */
export function validExport(): Permit {
  return permitSchema.parse(readValidExportJson());
}
