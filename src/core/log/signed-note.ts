// Signed notes (c2sp.org/signed-note) with Ed25519 keys: text ending in a newline, a blank line, then lines
// "— <key name> <base64(key ID || signature)>". Parsing is strict; opening a note also verifies it.
import { parseBase64, toBase64 } from '../crypto/base64.ts';
import { bytesToUtf8, concatBytes, utf8ToBytes } from '../crypto/bytes.ts';
import { ed25519PublicKey, ed25519Sign, ed25519Verify } from '../crypto/ed25519.ts';
import { formatKeyId, isValidKeyName, noteKeyId } from './note-verifier-key.ts';
import type { NoteVerifierKey } from './note-verifier-key.ts';
import { accept, refuse } from './verdict.ts';
import type { Checked } from './verdict.ts';

/** The spec asks verifiers to accept at least 16; golang.org/x/mod/sumdb/note stops at 100, and so do we. */
export const MAX_NOTE_SIGNATURES = 100;

const SIGNATURE_LINE_PREFIX = '\u2014 ';
const UTF8_BYTE_ORDER_MARK = [0xef, 0xbb, 0xbf] as const;

export interface NoteSignature {
  readonly keyName: string;
  readonly keyId: number;
  /** The signature proper, without the 4-byte key ID that precedes it on the signature line. */
  readonly signature: Uint8Array;
}

export interface SignedNote {
  /** Everything up to and including the newline before the blank line: the signed bytes. */
  readonly text: string;
  readonly signatures: readonly NoteSignature[];
}

export interface NoteSigner {
  readonly name: string;
  /** 32-byte Ed25519 private key seed. */
  readonly seed: Uint8Array;
  /**
   * The seed's public key, when the signer already holds it: the key ID needs it, and deriving it per
   * signature costs more than the signature (HQ signs a checkpoint per ingested batch, inside its lock).
   */
  readonly publicKey?: Uint8Array;
}

export interface OpenedNote {
  readonly text: string;
  /** One entry per known key whose signature verified. */
  readonly verified: readonly NoteSignature[];
  /** Signatures from keys the caller did not name: ignored, as the spec requires, but kept for the record. */
  readonly unverified: readonly NoteSignature[];
}

/** Splits a note into text and signatures, checking its form but no signature. */
export function parseSignedNote(note: string | Uint8Array): Checked<SignedNote> {
  const decoded = typeof note === 'string' ? accept(note) : decodeUtf8(note);
  if (!decoded.ok) return decoded;
  const whole = decoded.value;
  const badCharacter = describeForbiddenCharacter(whole);
  if (badCharacter !== undefined) return refuse(`malformed note: ${badCharacter}`);
  // The last blank line separates text from signatures; the text itself may contain blank lines.
  const split = whole.lastIndexOf('\n\n');
  if (split < 0) return refuse('malformed note: no blank line between the text and the signatures');
  const block = whole.slice(split + 2);
  if (block === '') return refuse('malformed note: no signature line after the blank line');
  if (!block.endsWith('\n')) return refuse('malformed note: the last signature line does not end with a newline');
  const lines = block.slice(0, -1).split('\n');
  if (lines.length > MAX_NOTE_SIGNATURES) {
    return refuse(`malformed note: ${lines.length} signature lines, at most ${MAX_NOTE_SIGNATURES} are accepted`);
  }
  const signatures: NoteSignature[] = [];
  for (const [i, line] of lines.entries()) {
    const signature = parseSignatureLine(line);
    if (!signature.ok) return refuse(`malformed note: signature line ${i + 1} ${signature.reason}`);
    signatures.push(signature.value);
  }
  return accept({ text: whole.slice(0, split + 1), signatures });
}

export function formatSignedNote(note: SignedNote): string {
  const textProblem = noteTextProblem(note.text);
  if (textProblem !== undefined) throw new Error(`formatSignedNote: ${textProblem}`);
  if (note.signatures.length === 0 || note.signatures.length > MAX_NOTE_SIGNATURES) {
    throw new Error(`formatSignedNote: a note carries 1 to ${MAX_NOTE_SIGNATURES} signatures, got ${note.signatures.length}`);
  }
  const lines = note.signatures.map(({ keyName, keyId, signature }) => {
    if (!isValidKeyName(keyName)) throw new Error(`formatSignedNote: invalid key name ${JSON.stringify(keyName)}`);
    if (!Number.isInteger(keyId) || keyId < 0 || keyId > 0xffffffff) throw new Error(`formatSignedNote: key ID ${keyId} is not a uint32`);
    const keyIdBytes = new Uint8Array(4);
    new DataView(keyIdBytes.buffer).setUint32(0, keyId);
    return `${SIGNATURE_LINE_PREFIX}${keyName} ${toBase64(concatBytes(keyIdBytes, signature))}\n`;
  });
  return `${note.text}\n${lines.join('')}`;
}

/** Signs note text (which must end in a newline) with an Ed25519 key; add the result to a note's signatures. */
export async function signNote(text: string, signer: NoteSigner): Promise<NoteSignature> {
  const textProblem = noteTextProblem(text);
  if (textProblem !== undefined) throw new Error(`signNote: ${textProblem}`);
  if (!isValidKeyName(signer.name)) throw new Error(`signNote: invalid key name ${JSON.stringify(signer.name)}`);
  const publicKey = signer.publicKey ?? (await ed25519PublicKey(signer.seed));
  const signature = await ed25519Sign(signer.seed, utf8ToBytes(text));
  return { keyName: signer.name, keyId: noteKeyId(signer.name, publicKey), signature };
}

/**
 * Parses and verifies a note against the keys the caller trusts. Signatures from other keys are ignored;
 * one bad signature from a trusted key refuses the whole note; so does the lack of any good one.
 */
export async function openSignedNote(note: string | Uint8Array, verifierKeys: readonly NoteVerifierKey[]): Promise<Checked<OpenedNote>> {
  const parsed = parseSignedNote(note);
  if (!parsed.ok) return parsed;
  const { text, signatures } = parsed.value;
  const message = utf8ToBytes(text);
  const verified: NoteSignature[] = [];
  const unverified: NoteSignature[] = [];
  for (const signature of signatures) {
    const key = verifierKeys.find(({ name, keyId }) => name === signature.keyName && keyId === signature.keyId);
    if (key === undefined) {
      unverified.push(signature);
      continue;
    }
    if (!(await ed25519Verify(key.publicKey, message, signature.signature))) {
      return refuse(`invalid signature for key ${key.name}+${formatKeyId(key.keyId)}`);
    }
    if (!verified.some(({ keyName, keyId }) => keyName === key.name && keyId === key.keyId)) verified.push(signature);
  }
  if (verified.length === 0) return refuse('note has no verifiable signature: none comes from a known key');
  return accept({ text, verified, unverified });
}

function parseSignatureLine(line: string): Checked<NoteSignature> {
  if (!line.startsWith(SIGNATURE_LINE_PREFIX)) return refuse('does not start with an em dash (U+2014) and a space');
  const rest = line.slice(SIGNATURE_LINE_PREFIX.length);
  const space = rest.indexOf(' ');
  if (space < 0) return refuse('has no space between key name and signature');
  const keyName = rest.slice(0, space);
  if (!isValidKeyName(keyName)) return refuse(`has an invalid key name ${JSON.stringify(keyName)}`);
  const bytes = parseBase64(rest.slice(space + 1));
  if (bytes === undefined) return refuse('has a signature that is not standard padded base64');
  if (bytes.length < 5) return refuse(`has a ${bytes.length}-byte signature: too short for a key ID and a signature`);
  const keyId = new DataView(bytes.buffer, bytes.byteOffset, 4).getUint32(0);
  return accept({ keyName, keyId, signature: bytes.slice(4) });
}

/** Why `text` cannot be the text of a note, or undefined when it can. */
function noteTextProblem(text: string): string | undefined {
  if (!text.endsWith('\n')) return 'note text must end with a newline';
  return describeForbiddenCharacter(text);
}

/** Notes are UTF-8 with no ASCII control character but newline (signed-note §Format). */
function describeForbiddenCharacter(text: string): string | undefined {
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x20 && code !== 0x0a) return `control character U+${code.toString(16).padStart(4, '0').toUpperCase()} at offset ${i}`;
  }
  // A lone UTF-16 surrogate has no UTF-8 encoding: such a string is not a note.
  const surrogate = /\p{Cs}/u.exec(text);
  return surrogate === null ? undefined : `unpaired surrogate at offset ${surrogate.index}: not encodable as UTF-8`;
}

function decodeUtf8(bytes: Uint8Array): Checked<string> {
  let text: string;
  try {
    text = bytesToUtf8(bytes);
  } catch {
    return refuse('malformed note: not valid UTF-8');
  }
  // TextDecoder drops a leading byte-order mark, but it is part of the signed text.
  const hasByteOrderMark = UTF8_BYTE_ORDER_MARK.every((byte, i) => bytes[i] === byte);
  return accept(hasByteOrderMark ? `\uFEFF${text}` : text);
}
