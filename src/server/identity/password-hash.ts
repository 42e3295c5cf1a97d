// Password verifiers: PBKDF2-HMAC-SHA256, 600,000 iterations (OWASP 2023), 16-byte per-user salt, 32-byte
// output. PBKDF2 rather than scrypt here: sign-ins arrive concurrently on a small HQ machine, and PBKDF2's
// cost is CPU only, with no 64–128 MiB per attempt. The stored string carries the scheme and iteration count
// (`pbkdf2-sha256$<iterations>$<salt>$<hash>`, base64), so the count can be raised later.
import { pbkdf2, randomBytes, timingSafeEqual } from 'node:crypto';

export const DEFAULT_PASSWORD_ITERATIONS = 600_000;
const SCHEME = 'pbkdf2-sha256';
const HASH_LENGTH = 32;

function derive(password: string, salt: Uint8Array, iterations: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    pbkdf2(password.normalize('NFC'), salt, iterations, HASH_LENGTH, 'sha256', (error, key) => (error === null ? resolve(key) : reject(error)));
  });
}

export async function hashPassword(password: string, iterations = DEFAULT_PASSWORD_ITERATIONS): Promise<string> {
  const salt = randomBytes(16);
  const hash = await derive(password, salt, iterations);
  return [SCHEME, String(iterations), salt.toString('base64'), hash.toString('base64')].join('$');
}

/** Compares in constant time. An unreadable stored string verifies nothing. */
export async function verifyPassword(password: string, stored: string): Promise<boolean> {
  const [scheme, iterationsText, salt, hash] = stored.split('$');
  const iterations = Number(iterationsText);
  if (scheme !== SCHEME || !Number.isSafeInteger(iterations) || iterations < 1 || salt === undefined || hash === undefined) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = await derive(password, Buffer.from(salt, 'base64'), iterations);
  return expected.length === actual.length && timingSafeEqual(expected, actual);
}
