// Names used inside rule messages, in the three CITES working languages.
import { sourceRecords } from '../../codes/data/source-codes.ts';
import type { SourceCode } from '../../codes/data/source-codes.ts';
import type { Appendix } from '../../species/taxon.ts';
import type { LocalizedMessage } from '../localized-error.ts';

export function appendixName(appendix: Appendix): LocalizedMessage {
  return { en: `Appendix ${appendix}`, fr: `Annexe ${appendix}`, es: `Apéndice ${appendix}` };
}

/** "source W (Wild)" in each language. */
export function sourceName(source: SourceCode): LocalizedMessage {
  const name = sourceRecords.find((record) => record.code === source)?.name ?? { en: source, fr: source, es: source };
  return { en: `source ${source} (${name.en})`, fr: `source ${source} (${name.fr})`, es: `origen ${source} (${name.es})` };
}

/** "line item 2" — officials count line items from 1 (A, B, C… on paper); paths count from 0. */
export function lineItemName(index: number): LocalizedMessage {
  return { en: `line item ${index + 1}`, fr: `ligne ${index + 1}`, es: `línea ${index + 1}` };
}
