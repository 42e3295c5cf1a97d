import { randomInt } from 'node:crypto';

// No 0/O, 1/l/I: the password is read off a screen and typed once.
const ALPHABET = 'abcdefghjkmnpqrstuvwxyz23456789';

/** 4 groups of 5 characters (about 99 bits), e.g. `k3mzp-7qhxa-…`; the holder must replace it at first sign-in. */
export function generateOneTimePassword(): string {
  const groups: string[] = [];
  for (let group = 0; group < 4; group++) {
    let text = '';
    for (let index = 0; index < 5; index++) text += ALPHABET[randomInt(ALPHABET.length)];
    groups.push(text);
  }
  return groups.join('-');
}
