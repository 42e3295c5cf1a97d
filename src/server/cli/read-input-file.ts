import { readFile, stat } from 'node:fs/promises';
import { describeError } from '../store/describe-error.ts';

export interface InputFile {
  readonly bytes: Uint8Array;
  /** The file's modification time (ms): for a list, when it was fetched or exported to this machine. */
  readonly modifiedAt: number;
}

/** The file's bytes, or an exit-2 line naming the file and why it could not be read. */
export async function readInputFile(file: string): Promise<InputFile | undefined> {
  try {
    const [bytes, status] = await Promise.all([readFile(file), stat(file)]);
    return { bytes: new Uint8Array(bytes), modifiedAt: status.mtimeMs };
  } catch (error) {
    process.stderr.write(`hornbill: ${file}: ${describeError(error)}\n`);
    return undefined;
  }
}
