import { z } from 'zod';
import { parseBase64, toBase64 } from '../../core/crypto/base64.ts';

/** OWASP 2023 minimum for PBKDF2-HMAC-SHA256. Stored with each wrapped key, so it can be raised later. */
export const minimumPbkdf2Iterations = 600_000;

const base64Bytes = (length: number) =>
  z.string().refine((text) => parseBase64(text)?.length === length, `must be ${length} bytes of base64`);

/** A device private key (Ed25519 seed) as stored at rest: AES-256-GCM under a key derived from the user's password. */
export const wrappedDeviceKeySchema = z.object({
  v: z.literal(1),
  kdf: z.literal('PBKDF2-SHA256'),
  iterations: z.number().int().min(minimumPbkdf2Iterations),
  salt: base64Bytes(16),
  iv: base64Bytes(12),
  ciphertext: base64Bytes(32 + 16),
});
export type WrappedDeviceKey = z.infer<typeof wrappedDeviceKeySchema>;

const encoder = new TextEncoder();

/** Binds the ciphertext to its owner: a wrapped key copied to another user's or device's record does not open. */
function associatedData(owner: string): Uint8Array<ArrayBuffer> {
  return encoder.encode(`hornbill-device-key/1|${owner}`);
}

async function passwordKey(password: string, salt: Uint8Array<ArrayBuffer>, iterations: number): Promise<CryptoKey> {
  const material = await crypto.subtle.importKey('raw', encoder.encode(password), 'PBKDF2', false, ['deriveKey']);
  return crypto.subtle.deriveKey(
    { name: 'PBKDF2', hash: 'SHA-256', salt, iterations },
    material,
    { name: 'AES-GCM', length: 256 },
    false,
    ['encrypt', 'decrypt'],
  );
}

function copyBytes(bytes: Uint8Array): Uint8Array<ArrayBuffer> {
  return new Uint8Array(bytes);
}

export async function wrapDeviceKey(options: {
  seed: Uint8Array;
  password: string;
  owner: string;
  iterations?: number;
}): Promise<WrappedDeviceKey> {
  if (options.seed.length !== 32) throw new Error('wrapDeviceKey: an Ed25519 seed is 32 bytes');
  const iterations = options.iterations ?? minimumPbkdf2Iterations;
  const salt = crypto.getRandomValues(new Uint8Array(16));
  const iv = crypto.getRandomValues(new Uint8Array(12));
  const key = await passwordKey(options.password, salt, iterations);
  const ciphertext = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv, additionalData: associatedData(options.owner) },
    key,
    copyBytes(options.seed),
  );
  return wrappedDeviceKeySchema.parse({
    v: 1,
    kdf: 'PBKDF2-SHA256',
    iterations,
    salt: toBase64(salt),
    iv: toBase64(iv),
    ciphertext: toBase64(new Uint8Array(ciphertext)),
  });
}

/**
 * The seed, or null when the password is wrong or the record was altered (AES-GCM authenticates both), so a
 * successful unwrap is also the offline password check: no separate verifier is stored.
 */
export async function unwrapDeviceKey(stored: unknown, password: string, owner: string): Promise<Uint8Array | null> {
  const parsed = wrappedDeviceKeySchema.safeParse(stored);
  if (!parsed.success) return null;
  const wrapped = parsed.data;
  const decode = (text: string) => copyBytes(parseBase64(text) ?? new Uint8Array(0));
  const key = await passwordKey(password, decode(wrapped.salt), wrapped.iterations);
  try {
    const seed = await crypto.subtle.decrypt(
      { name: 'AES-GCM', iv: decode(wrapped.iv), additionalData: associatedData(owner) },
      key,
      decode(wrapped.ciphertext),
    );
    return new Uint8Array(seed);
  } catch {
    return null;
  }
}
