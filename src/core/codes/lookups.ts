import { purposeRecords, type PurposeCode } from './data/purpose-codes.ts';
import { sourceRecords, type SourceCode } from './data/source-codes.ts';
import { termRecords, type TermCode } from './data/term-codes.ts';
import { indexByCode } from './index-by-code.ts';
import type { CodeRecord } from './types.ts';

const purposes = indexByCode(purposeRecords);
const sources = indexByCode(sourceRecords);
const terms = indexByCode(termRecords);

/** The purpose code record (box 5a of the permit), or undefined for an unknown code. */
export function purposeCode(code: string): CodeRecord<PurposeCode> | undefined {
  return purposes.get(code);
}

export function isValidPurposeCode(code: string): code is PurposeCode {
  return purposes.has(code);
}

/** The source code record (box 12b of the permit), or undefined for an unknown code. */
export function sourceCode(code: string): CodeRecord<SourceCode> | undefined {
  return sources.get(code);
}

export function isValidSourceCode(code: string): code is SourceCode {
  return sources.has(code);
}

/** The term code record (description of specimens, box 9), current or historical, or undefined for an unknown code. */
export function termCode(code: string): CodeRecord<TermCode> | undefined {
  return terms.get(code);
}

/** True for any known term code, historical ones included: old trade records use them. */
export function isValidTermCode(code: string): code is TermCode {
  return terms.has(code);
}
