import { readFileSync } from 'node:fs';

/** A dozen rows in the exact format of the Species+ "Index of CITES Species" export (facts of real taxa, short notes). */
export const speciesPlusSampleCsv = readFileSync(
  new URL('../../fixtures/species/index-of-cites-species-sample.csv', import.meta.url),
  'utf8',
);

/** 1-based line on which `fragment` first occurs in `text`. */
export function lineOf(text: string, fragment: string): number {
  const at = text.indexOf(fragment);
  if (at === -1) throw new Error(`fragment not found: ${fragment}`);
  return text.slice(0, at).split('\n').length;
}
