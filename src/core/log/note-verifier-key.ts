// Ed25519 keys of signed notes (c2sp.org/signed-note): key names, key IDs, and the verifier key string
// "<name>+<key ID, 8 hex digits>+<base64(0x01 || 32-byte public key)>" that a verifier is configured with.
import { parseBase64, toBase64 } from '../crypto/base64.ts';
import { concatBytes, toHex, utf8ToBytes } from '../crypto/bytes.ts';
import { ED25519_PUBLIC_KEY_LENGTH } from '../crypto/ed25519.ts';
import { sha256 } from '../crypto/sha256.ts';
import { accept, refuse } from './verdict.ts';
import type { Checked } from './verdict.ts';

/** The signature type byte the signed-note spec assigns to Ed25519. */
export const ED25519_NOTE_SIGNATURE_TYPE = 0x01;

export interface NoteVerifierKey {
  readonly name: string;
  /** uint32: the first four bytes of SHA-256(name || "\n" || 0x01 || public key), big-endian. */
  readonly keyId: number;
  readonly publicKey: Uint8Array;
}

/** Non-empty, with no Unicode space and no "+" (signed-note §Format). */
export function isValidKeyName(name: string): boolean {
  return name.length > 0 && !/[\p{White_Space}+]/u.test(name);
}

export function noteKeyId(name: string, publicKey: Uint8Array): number {
  const digest = sha256(concatBytes(utf8ToBytes(name), new Uint8Array([0x0a, ED25519_NOTE_SIGNATURE_TYPE]), publicKey));
  return new DataView(digest.buffer, digest.byteOffset, 4).getUint32(0);
}

export function formatKeyId(keyId: number): string {
  return keyId.toString(16).padStart(8, '0');
}

export function formatVerifierKey(name: string, publicKey: Uint8Array): string {
  if (!isValidKeyName(name)) throw new Error(`formatVerifierKey: invalid key name ${JSON.stringify(name)}`);
  if (publicKey.length !== ED25519_PUBLIC_KEY_LENGTH) {
    throw new Error(`formatVerifierKey: an Ed25519 public key is ${ED25519_PUBLIC_KEY_LENGTH} bytes, got ${publicKey.length}`);
  }
  const material = concatBytes(new Uint8Array([ED25519_NOTE_SIGNATURE_TYPE]), publicKey);
  return `${name}+${formatKeyId(noteKeyId(name, publicKey))}+${toBase64(material)}`;
}

export function parseVerifierKey(text: string): Checked<NoteVerifierKey> {
  // Names hold no "+", so the first two "+" split the parts; base64 key material may contain more.
  const [name, keyIdHex, ...materialParts] = text.split('+');
  const material = materialParts.join('+');
  if (name === undefined || keyIdHex === undefined || materialParts.length === 0) {
    return refuse('verifier key is not <name>+<key ID>+<key>');
  }
  if (!isValidKeyName(name)) return refuse(`verifier key has an invalid key name ${JSON.stringify(name)}`);
  if (!/^[0-9a-fA-F]{8}$/.test(keyIdHex)) return refuse(`verifier key ID ${JSON.stringify(keyIdHex)} is not 8 hex digits`);
  const bytes = parseBase64(material);
  if (bytes === undefined) return refuse('verifier key material is not standard padded base64');
  const [signatureType] = bytes;
  if (signatureType !== ED25519_NOTE_SIGNATURE_TYPE) {
    const found = signatureType === undefined ? 'none' : `0x${toHex(bytes.subarray(0, 1))}`;
    return refuse(`verifier key has signature type ${found}; only Ed25519 (0x01) is supported`);
  }
  const publicKey = bytes.slice(1);
  if (publicKey.length !== ED25519_PUBLIC_KEY_LENGTH) {
    return refuse(`verifier key holds a ${publicKey.length}-byte Ed25519 public key, expected ${ED25519_PUBLIC_KEY_LENGTH}`);
  }
  const keyId = noteKeyId(name, publicKey);
  if (keyId !== parseInt(keyIdHex, 16)) {
    return refuse(`verifier key ID ${keyIdHex} does not match its name and key, which give ${formatKeyId(keyId)}`);
  }
  return accept({ name, keyId, publicKey });
}
