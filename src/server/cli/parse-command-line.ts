import { parseArgs, type ParseArgsConfig } from 'node:util';
import { usageError } from './usage-error.ts';

type Options = NonNullable<ParseArgsConfig['options']>;

/** node:util parseArgs in strict mode, its errors turned into one-line usage errors. Operands only when allowed. */
export function parseCommandLine<T extends Options>(args: readonly string[], options: T, allowPositionals = false) {
  try {
    return parseArgs({ args: [...args], options, strict: true, allowPositionals });
  } catch (error) {
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      // Keep the first sentence ("Unknown option '--x'"); the rest is advice about '--' we do not need.
      const firstSentence = error.message.split('. ')[0] ?? error.message;
      throw usageError(firstSentence.replace(/\.$/, '').replace(/^\w/, (letter) => letter.toLowerCase()));
    }
    throw error;
  }
}
