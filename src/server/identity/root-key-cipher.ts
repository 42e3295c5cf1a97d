// The root key's seed at rest: AES-256-GCM under a key derived from the operator's passphrase with scrypt.
// scrypt rather than PBKDF2: it is memory-hard (N=2^17, r=8, p=1 is 128 MiB per guess, OWASP 2023), so a
// stolen database backup costs an attacker far more per guess on GPUs; the cost is paid once per command.
// Sealed form: `scrypt-aes256gcm$1$<logN>,<r>,<p>$<salt>$<iv>$<ciphertext+tag>` (base64), parameters
// inside so they can be raised later. The Party code is the GCM additional data: a sealed key moved to
// another authority's row does not open.
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';

const SCHEME = 'scrypt-aes256gcm';
const FORMAT = '1';
export const DEFAULT_ROOT_KEY_LOG_N = 17;
const R = 8;
const P = 1;
const TAG_LENGTH = 16;

function deriveKey(passphrase: string, salt: Uint8Array, logN: number): Promise<Buffer> {
  const options: ScryptOptions = { N: 2 ** logN, r: R, p: P, maxmem: 2 * 128 * R * 2 ** logN };
  return new Promise((resolve, reject) => {
    scrypt(passphrase.normalize('NFC'), salt, 32, options, (error, key) => (error === null ? resolve(key) : reject(error)));
  });
}

export async function sealRootKey(seed: Uint8Array, passphrase: string, party: string, logN = DEFAULT_ROOT_KEY_LOG_N): Promise<string> {
  const salt = randomBytes(16);
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, logN), iv);
  cipher.setAAD(Buffer.from(party, 'utf8'));
  const sealed = Buffer.concat([cipher.update(seed), cipher.final(), cipher.getAuthTag()]);
  return [SCHEME, FORMAT, `${logN},${R},${P}`, salt.toString('base64'), iv.toString('base64'), sealed.toString('base64')].join('$');
}

/** The seed, or undefined when the passphrase is wrong or the sealed text was altered (GCM cannot tell which). */
export async function openRootKey(sealedText: string, passphrase: string, party: string): Promise<Uint8Array | undefined> {
  const [scheme, format, parameters, salt, iv, sealed] = sealedText.split('$');
  const [logN, r, p] = (parameters ?? '').split(',').map(Number);
  if (scheme !== SCHEME || format !== FORMAT || salt === undefined || iv === undefined || sealed === undefined || r !== R || p !== P || logN === undefined) {
    throw new Error('the stored root key is not in a format this version can read');
  }
  const sealedBytes = Buffer.from(sealed, 'base64');
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, Buffer.from(salt, 'base64'), logN), Buffer.from(iv, 'base64'));
  decipher.setAAD(Buffer.from(party, 'utf8'));
  decipher.setAuthTag(sealedBytes.subarray(sealedBytes.length - TAG_LENGTH));
  try {
    return new Uint8Array(Buffer.concat([decipher.update(sealedBytes.subarray(0, sealedBytes.length - TAG_LENGTH)), decipher.final()]));
  } catch {
    return undefined;
  }
}
