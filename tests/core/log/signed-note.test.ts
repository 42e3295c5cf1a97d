import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { fromHex, utf8ToBytes } from '../../../src/core/crypto/bytes.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { formatKeyId, formatVerifierKey, parseVerifierKey } from '../../../src/core/log/note-verifier-key.ts';
import type { NoteVerifierKey } from '../../../src/core/log/note-verifier-key.ts';
import {
  MAX_NOTE_SIGNATURES,
  formatSignedNote,
  openSignedNote,
  parseSignedNote,
  signNote,
} from '../../../src/core/log/signed-note.ts';
import type { NoteSignature } from '../../../src/core/log/signed-note.ts';
import { noteBytes, signedNoteCase, signedNoteVectors } from './signed-note-vectors.ts';
import type { SignedNoteCase } from './signed-note-vectors.ts';

function verifierKey(vkey: string): NoteVerifierKey {
  const parsed = parseVerifierKey(vkey);
  if (!parsed.ok) throw new Error(parsed.reason);
  return parsed.value;
}

/** The case's keys that are Ed25519 (the ECDSA keys of the formats vectors are not supported). */
function ed25519VerifierKeys(note: SignedNoteCase): NoteVerifierKey[] {
  return (note.verifier_keys ?? []).flatMap((vkey) => {
    const parsed = parseVerifierKey(vkey);
    return parsed.ok ? [parsed.value] : [];
  });
}

function reasonOf(result: { ok: true } | { ok: false; reason: string }): string {
  return result.ok ? 'accepted' : result.reason;
}

const peterVkey = 'PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW';
const enochVkey = 'EnochRoot+af0cfe78+ATtqJ7zOtqQtYqOo0CpvDXNlMhV3HeJDpjrASKGLWdop';
const peterSeed = fromHex('810a1402d5146c8d84f2443330f54080ebf98ee17d9c74f6252fc5d5c7283173');
const peter = verifierKey(peterVkey);
const enoch = verifierKey(enochVkey);
const quote = "If you think cryptography is the answer to your problem,\nthen you don't know what your problem is.\n";
const peterSignatureLine = '— PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n';

const validEd25519 = signedNoteVectors.signed_notes.filter((note) => note.expected === 'valid' && ed25519VerifierKeys(note).length > 0);
const validEcdsa = signedNoteVectors.signed_notes.filter((note) => note.expected === 'valid' && ed25519VerifierKeys(note).length === 0);
const invalid = signedNoteVectors.signed_notes.filter((note) => note.expected === 'invalid');

describe('signed-note vectors', () => {
  it.each(validEd25519.map((note) => [note.name, note] as const))('opens and verifies %s, from text or bytes', async (_name, note) => {
    for (const input of [note.note ?? '', noteBytes(note)]) {
      const opened = await openSignedNote(input, ed25519VerifierKeys(note));
      if (!opened.ok) throw new Error(opened.reason);
      expect(opened.value.text).toBe(note.text);
      expect(opened.value.verified.map(({ keyName, keyId }) => `${keyName}+${formatKeyId(keyId)}`)).toEqual(
        (note.signatures ?? []).map(({ key_name, key_id }) => `${key_name}+${key_id}`),
      );
      expect(opened.value.unverified).toEqual([]);
    }
  });

  it.each(validEcdsa.map((note) => [note.name, note] as const))('parses the ECDSA-signed %s but cannot verify it', async (_name, note) => {
    const parsed = parseSignedNote(noteBytes(note));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.text).toBe(note.text);
    expect(parsed.value.signatures.map(({ keyId }) => formatKeyId(keyId))).toEqual((note.signatures ?? []).map(({ key_id }) => key_id));
    expect(reasonOf(await openSignedNote(noteBytes(note), [peter]))).toMatch(/no verifiable signature/);
  });

  const expectedReasons: Record<string, RegExp> = {
    'gomod-invalid-signature': /^invalid signature for key PeterNeumann\+c74f20a3$/,
    'gomod-too-many-signatures': /101 signature lines, at most 100/,
    'gomod-malformed-1': /no blank line between the text and the signatures/,
    'gomod-malformed-2': /no signature line after the blank line/,
    'gomod-malformed-3': /last signature line does not end with a newline/,
    'gomod-malformed-4': /control character U\+0001 at offset 0/,
    'gomod-malformed-5': /not valid UTF-8/,
    'gomod-malformed-6': /last signature line does not end with a newline/,
    'gomod-malformed-7': /signature line 2 does not start with an em dash/,
    'formats-ecdsa-rekor-wrong-key-name': /no verifiable signature/,
    'formats-ecdsa-rekor-invalid-signature': /no verifiable signature/,
  };

  it('names a reason for every note that must fail', () => {
    expect(Object.keys(expectedReasons).sort()).toEqual(invalid.map((note) => note.name).sort());
  });

  it.each(invalid.map((note) => [note.name, note] as const))('refuses %s', async (name, note) => {
    // ECDSA cases get the Ed25519 keys instead: they must fail all the same.
    const keys = ed25519VerifierKeys(note).length > 0 ? ed25519VerifierKeys(note) : [peter, enoch];
    expect(reasonOf(await openSignedNote(noteBytes(note), keys))).toMatch(expectedReasons[name] ?? /^$/);
  });

  it('keeps signatures from unknown keys apart, and refuses a note with none from a known key', async () => {
    const note = signedNoteCase('gomod-two-signatures').note ?? '';
    const withPeter = await openSignedNote(note, [peter]);
    if (!withPeter.ok) throw new Error(withPeter.reason);
    expect(withPeter.value.verified.map(({ keyName }) => keyName)).toEqual(['PeterNeumann']);
    expect(withPeter.value.unverified.map(({ keyName }) => keyName)).toEqual(['EnochRoot']);
    const withBoth = await openSignedNote(note, [enoch, peter]);
    expect(withBoth.ok && withBoth.value.verified.length).toBe(2);
    expect(reasonOf(await openSignedNote(note, []))).toBe('note has no verifiable signature: none comes from a known key');
  });

  it('reproduces the PeterNeumann note byte for byte by signing its text', async () => {
    const signature = await signNote(quote, { name: 'PeterNeumann', seed: peterSeed });
    expect(formatSignedNote({ text: quote, signatures: [signature] })).toBe(signedNoteCase('gomod-peterneumann-single').note);
    // The same with the public key handed in rather than derived.
    const handed = await signNote(quote, { name: 'PeterNeumann', seed: peterSeed, publicKey: await ed25519PublicKey(peterSeed) });
    expect(handed).toEqual(signature);
  });

  it.each(signedNoteVectors.format_only_examples.map((note) => [note.name, note] as const))('parses the spec example %s', (_name, note) => {
    const parsed = parseSignedNote(noteBytes(note));
    if (!parsed.ok) throw new Error(parsed.reason);
    expect(parsed.value.text).toBe(note.text);
    expect(
      parsed.value.signatures.map(({ keyName, keyId, signature }) => [keyName, formatKeyId(keyId), signature.length + 4]),
    ).toEqual((note.signatures ?? []).map((s) => [s.key_name, s.key_id, s.decoded_length]));
    expect(formatSignedNote(parsed.value)).toBe(note.note);
  });
});

describe('signed-note rules beyond the vectors', () => {
  const note = (text: string, lines: string) => `${text}\n${lines}`;

  it('splits at the last blank line, so the text may hold blank lines of its own', () => {
    const parsed = parseSignedNote(note('a\n\nb\n\n', peterSignatureLine));
    expect(parsed.ok && parsed.value.text).toBe('a\n\nb\n\n');
    // A blank line between signature lines makes the lines above it part of the text.
    const split = parseSignedNote(note(quote, `${peterSignatureLine}\n${peterSignatureLine}`));
    expect(split.ok && [split.value.text, split.value.signatures.length]).toEqual([`${quote}\n${peterSignatureLine}`, 1]);
  });

  it('accepts up to the signature limit, at least the 16 the spec demands', () => {
    expect(MAX_NOTE_SIGNATURES).toBeGreaterThanOrEqual(16);
    expect(parseSignedNote(note(quote, peterSignatureLine.repeat(MAX_NOTE_SIGNATURES))).ok).toBe(true);
    expect(reasonOf(parseSignedNote(note(quote, peterSignatureLine.repeat(MAX_NOTE_SIGNATURES + 1))))).toMatch(/at most 100/);
  });

  it.each([
    ['a tab', 'a\tb\n', /control character U\+0009 at offset 1/],
    ['a carriage return', 'a\r\n', /control character U\+000D/],
    ['an unpaired surrogate', 'a\uD800\n', /unpaired surrogate at offset 1/],
  ])('refuses text with %s', (_what, text, reason) => {
    expect(reasonOf(parseSignedNote(note(text, peterSignatureLine)))).toMatch(reason);
  });

  it('allows DEL and any other character that is not an ASCII control', () => {
    expect(parseSignedNote(note('\u007f é 你好 \u{1F98E}\n', peterSignatureLine)).ok).toBe(true);
  });

  it.each([
    ['a hyphen instead of an em dash', '- PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcElZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n', /does not start with an em dash/],
    ['no signature', '— PeterNeumann\n', /no space between key name and signature/],
    ['an empty key name', '—  x08go/ZJku\n', /invalid key name ""/],
    ['a "+" in the key name', '— Peter+Neumann x08go/ZJku\n', /invalid key name "Peter\+Neumann"/],
    ['a no-break space in the key name', '— Peter\u00a0Neumann x08go/ZJku\n', /invalid key name/],
    ['unpadded base64', '— PeterNeumann x08go/ZJk\n', /not standard padded base64/],
    ['a key ID and nothing else', '— PeterNeumann AAAAAA==\n', /4-byte signature: too short/],
  ])('refuses a signature line with %s', (_what, lines, reason) => {
    expect(reasonOf(parseSignedNote(note(quote, lines)))).toMatch(reason);
  });

  it('ignores a key that shares only the name or only the ID with the signer', async () => {
    const sameName = { ...peter, keyId: (peter.keyId + 1) >>> 0 };
    const sameId = { ...peter, name: 'SomeoneElse' };
    for (const key of [sameName, sameId]) {
      expect(reasonOf(await openSignedNote(note(quote, peterSignatureLine), [key]))).toMatch(/no verifiable signature/);
    }
  });

  it('refuses the whole note when one signature from a known key fails, even beside a good one', async () => {
    const bad = (signedNoteCase('gomod-invalid-signature').note ?? '').slice(quote.length + 1);
    expect(reasonOf(await openSignedNote(note(quote, peterSignatureLine + bad), [peter]))).toMatch(/^invalid signature for key PeterNeumann/);
  });

  it('signs text with a byte-order mark and verifies it from bytes', async () => {
    const text = '\uFEFFhello\n';
    const signature = await signNote(text, { name: 'PeterNeumann', seed: peterSeed });
    const opened = await openSignedNote(utf8ToBytes(formatSignedNote({ text, signatures: [signature] })), [peter]);
    expect(opened.ok && opened.value.text).toBe(text);
  });

  it('refuses to format or sign what could not be parsed back', async () => {
    const signature: NoteSignature = { keyName: 'PeterNeumann', keyId: peter.keyId, signature: new Uint8Array(64) };
    expect(() => formatSignedNote({ text: 'no newline', signatures: [signature] })).toThrow(/must end with a newline/);
    expect(() => formatSignedNote({ text: quote, signatures: [] })).toThrow(/1 to 100 signatures/);
    expect(() => formatSignedNote({ text: quote, signatures: [{ ...signature, keyName: 'a b' }] })).toThrow(/invalid key name/);
    expect(() => formatSignedNote({ text: quote, signatures: [{ ...signature, keyId: 2 ** 32 }] })).toThrow(/not a uint32/);
    await expect(signNote('a\u0000\n', { name: 'PeterNeumann', seed: peterSeed })).rejects.toThrow(/control character/);
    await expect(signNote(quote, { name: 'Peter Neumann', seed: peterSeed })).rejects.toThrow(/invalid key name/);
  });

  it('round-trips any well-formed note through format and parse, and verifies what it signs', async () => {
    const publicKey = await ed25519PublicKey(peterSeed);
    const key = verifierKey(formatVerifierKey('PeterNeumann', publicKey));
    const line = fc.string({ unit: fc.oneof(fc.constantFrom('\u2014', ' ', 'é', '+'), fc.string({ minLength: 1, maxLength: 1, unit: 'grapheme-ascii' })) });
    await fc.assert(
      fc.asyncProperty(fc.array(line, { minLength: 1, maxLength: 5 }), async (lines) => {
        const text = `${lines.join('\n')}\n`;
        const signed = formatSignedNote({ text, signatures: [await signNote(text, { name: 'PeterNeumann', seed: peterSeed })] });
        const opened = await openSignedNote(signed, [key]);
        expect(opened.ok && opened.value.text).toBe(text);
      }),
      { numRuns: 40 },
    );
  });
});
