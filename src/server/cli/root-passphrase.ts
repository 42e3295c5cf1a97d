import { configError } from '../config-error.ts';
import { readSecret } from './read-secret.ts';

export const ROOT_PASSPHRASE_VARIABLE = 'HORNBILL_ROOT_PASSPHRASE';

/**
 * The root key passphrase from HORNBILL_ROOT_PASSPHRASE, else asked on the terminal without echo (twice
 * when `confirm`, for a new key). Never printed, never logged.
 */
export async function readRootPassphrase(options: { readonly confirm: boolean }): Promise<string> {
  const fromEnvironment = process.env[ROOT_PASSPHRASE_VARIABLE];
  if (fromEnvironment !== undefined && fromEnvironment !== '') return fromEnvironment;
  const first = await readSecret('Root key passphrase: ');
  if (first === undefined) throw configError(ROOT_PASSPHRASE_VARIABLE, 'not set, and there is no terminal to ask for it on');
  if (options.confirm && (await readSecret('Repeat the passphrase: ')) !== first) {
    throw configError(ROOT_PASSPHRASE_VARIABLE, 'the two passphrases differ');
  }
  return first;
}
