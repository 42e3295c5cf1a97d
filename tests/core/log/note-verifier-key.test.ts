import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../../src/core/crypto/base64.ts';
import { concatBytes, fromHex } from '../../../src/core/crypto/bytes.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { formatKeyId, formatVerifierKey, isValidKeyName, noteKeyId, parseVerifierKey } from '../../../src/core/log/note-verifier-key.ts';
import { signedNoteVectors } from './signed-note-vectors.ts';

const ed25519Keys = signedNoteVectors.verifier_keys_valid.filter((key) => key.signature_type === 1);
const ecdsaKeys = signedNoteVectors.verifier_keys_valid.filter((key) => key.signature_type === 2);
const peterNeumann = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';

describe('verifier keys', () => {
  it.each(ed25519Keys.map((key) => [key.vkey, key] as const))('parses and re-formats %s', (vkey, key) => {
    const parsed = parseVerifierKey(vkey);
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.name).toBe(key.key_name);
    expect(formatKeyId(parsed.value.keyId)).toBe(key.key_id);
    expect(Buffer.from(parsed.value.publicKey).toString('base64')).toBe(key.public_key_b64);
    expect(formatVerifierKey(parsed.value.name, parsed.value.publicKey)).toBe(vkey);
  });

  it.each(ecdsaKeys.map((key) => [key.vkey] as const))('refuses the ECDSA key %s as unsupported', (vkey) => {
    expect(parseVerifierKey(vkey)).toEqual({ ok: false, reason: 'verifier key has signature type 0x02; only Ed25519 (0x01) is supported' });
  });

  it.each(signedNoteVectors.verifier_keys_invalid.map((key) => [key.reason ?? '', key.vkey] as const))('refuses a key with %s', (_why, vkey) => {
    expect(parseVerifierKey(vkey).ok).toBe(false);
  });

  it('gives a specific reason for each kind of bad key', () => {
    const reasonFor = (vkey: string) => {
      const parsed = parseVerifierKey(vkey);
      return parsed.ok ? 'accepted' : parsed.reason;
    };
    expect(reasonFor('PeterNeumann+c74f20a3')).toMatch(/not <name>\+<key ID>\+<key>/);
    expect(reasonFor('+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toMatch(/invalid key name ""/);
    expect(reasonFor('PeterNeumann+c74f20a+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toMatch(/not 8 hex digits/);
    expect(reasonFor('PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10T')).toMatch(/not standard padded base64/);
    // Strict base64 already refuses the vector's "BADKEY==" (stray bits before the padding).
    expect(reasonFor('PeterNeumann+cc469956+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TWBADKEY==')).toMatch(/not standard padded base64/);
    const longKey = new Uint8Array(33).fill(7);
    expect(reasonFor(`x+${formatKeyId(noteKeyId('x', longKey))}+${toBase64(concatBytes(new Uint8Array([1]), longKey))}`)).toMatch(
      /33-byte Ed25519 public key/,
    );
    expect(reasonFor('PeterNeumann+173116ae+ZRpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toMatch(/signature type 0x65/);
    expect(reasonFor('PeterNeumann+00000000+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toMatch(/does not match .* give c74f20a3/);
    expect(reasonFor('PeterNeumann+C74F20A3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW')).toBe('accepted');
  });

  it('refuses every proper substring and every one-byte change of a good key (golang.org/x/mod TestNewVerifier)', () => {
    for (let start = 0; start < peterNeumann.length; start++) {
      for (let end = start; end <= peterNeumann.length; end++) {
        if (start === 0 && end === peterNeumann.length) continue;
        expect(parseVerifierKey(peterNeumann.slice(start, end)).ok, peterNeumann.slice(start, end)).toBe(false);
      }
    }
    for (let i = 0; i < peterNeumann.length; i++) {
      const changed = peterNeumann.slice(0, i) + String.fromCharCode(peterNeumann.charCodeAt(i) + 1) + peterNeumann.slice(i + 1);
      expect(parseVerifierKey(changed).ok, changed).toBe(false);
    }
  });

  it.each(signedNoteVectors.signer_keys.map((key) => [key.key_name, key] as const))('derives the published verifier key of signer %s', async (_name, key) => {
    const publicKey = await ed25519PublicKey(fromHex(key.seed_hex));
    expect(formatVerifierKey(key.key_name, publicKey)).toBe(key.derived_vkey);
  });

  it('computes key IDs as SHA-256(name || 0x0A || 0x01 || key)[:4]', () => {
    const publicKey = fromHex('e932791ae6e7a840a46164c904786426d5e7821dd8b29a00d61cae72afdd4da4');
    expect(formatKeyId(noteKeyId('example.com/foo', publicKey))).toBe('530d903a');
    expect(formatKeyId(noteKeyId('PeterNeumann', fromHex('1a5cd907143c384c41e830c5bce12aa8817ec5649aaabf2c31388b35b2d744d6')))).toBe('c74f20a3');
  });

  it('accepts key names without Unicode spaces or "+"', () => {
    for (const good of ['example.com/foo', 'PeterNeumann', 'ключ', 'a\u200bb']) expect(isValidKeyName(good), good).toBe(true);
    for (const bad of ['', 'a b', 'a+b', 'a\tb', 'a\u00a0b', 'a\u0085b', 'a\u2003b', 'a\u3000b', 'a\u2028b']) {
      expect(isValidKeyName(bad), JSON.stringify(bad)).toBe(false);
    }
    expect(() => formatVerifierKey('a b', new Uint8Array(32))).toThrow(/invalid key name/);
    expect(() => formatVerifierKey('a', new Uint8Array(31))).toThrow(/32 bytes/);
  });
});
