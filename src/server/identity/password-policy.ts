// NIST SP 800-63B §5.1.1.2: at least 12 characters here (the minimum is 8; 12 is OWASP's advice without MFA),
// checked against a list of common passwords and the username, no composition rules, any Unicode.
import { readFileSync } from 'node:fs';

export const MIN_PASSWORD_LENGTH = 12;
/** Long enough for any passphrase, short enough that hashing it is not a denial of service. */
export const MAX_PASSWORD_LENGTH = 256;

let commonPasswords: ReadonlySet<string> | undefined;

/** data/common-passwords.txt, lower-cased, one a line; see scripts/build-common-passwords.ts for how it is made. */
function loadCommonPasswords(): ReadonlySet<string> {
  commonPasswords ??= new Set(
    readFileSync(new URL('./data/common-passwords.txt', import.meta.url), 'utf8')
      .split('\n')
      .map((line) => line.trim())
      .filter((line) => line !== ''),
  );
  return commonPasswords;
}

/** Why the password is refused, or undefined when it is acceptable. */
export function passwordProblem(password: string, username: string): string | undefined {
  const length = [...password.normalize('NFC')].length;
  if (length < MIN_PASSWORD_LENGTH) return `a password must have at least ${MIN_PASSWORD_LENGTH} characters`;
  if (length > MAX_PASSWORD_LENGTH) return `a password must have at most ${MAX_PASSWORD_LENGTH} characters`;
  if (isCommonPassword(password)) return 'this password is on the list of commonly used passwords';
  if (password.toLowerCase().includes(username.toLowerCase())) return 'a password must not contain the username';
  return undefined;
}

/** Case-insensitive, as NIST advises: `Password1234` is as guessable as `password1234`. */
export function isCommonPassword(password: string): boolean {
  return loadCommonPasswords().has(password.normalize('NFC').toLowerCase());
}
