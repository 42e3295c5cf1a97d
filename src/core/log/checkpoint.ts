// Transparency log checkpoints (c2sp.org/tlog-checkpoint): the signed-note text "<origin>\n<tree size>\n
// <base64 root hash>\n" plus optional extension lines, which is what HQ signs after each ingested batch.
import { parseBase64, toBase64 } from '../crypto/base64.ts';
import { MERKLE_HASH_LENGTH } from './merkle-hash.ts';
import type { NoteVerifierKey } from './note-verifier-key.ts';
import { formatSignedNote, openSignedNote, signNote } from './signed-note.ts';
import type { NoteSigner } from './signed-note.ts';
import { accept, refuse } from './verdict.ts';
import type { Checked } from './verdict.ts';

export interface Checkpoint {
  /** The log's identity, e.g. "hq.example.org/hornbill-log"; also the name of the log's signing key. */
  readonly origin: string;
  readonly size: number;
  /** RFC 9162 root hash of the first `size` leaves. */
  readonly rootHash: Uint8Array;
  /** Opaque, non-empty lines after the root hash; the spec advises against them. */
  readonly extensions: readonly string[];
}

export function formatCheckpoint(checkpoint: Checkpoint): string {
  const { origin, size, rootHash, extensions } = checkpoint;
  if (origin === '' || origin.includes('\n')) throw new Error('formatCheckpoint: the origin must be one non-empty line');
  if (!Number.isSafeInteger(size) || size < 0) throw new Error(`formatCheckpoint: tree size ${size} is not a non-negative integer`);
  if (rootHash.length !== MERKLE_HASH_LENGTH) {
    throw new Error(`formatCheckpoint: a root hash is ${MERKLE_HASH_LENGTH} bytes, got ${rootHash.length}`);
  }
  if (extensions.some((line) => line === '' || line.includes('\n'))) {
    throw new Error('formatCheckpoint: each extension must be one non-empty line');
  }
  return [origin, String(size), toBase64(rootHash), ...extensions].map((line) => `${line}\n`).join('');
}

export function parseCheckpoint(text: string): Checked<Checkpoint> {
  if (!text.endsWith('\n')) return refuse('checkpoint text does not end with a newline');
  const lines = text.slice(0, -1).split('\n');
  const [origin, sizeLine, rootLine, ...extensions] = lines;
  if (origin === undefined || sizeLine === undefined || rootLine === undefined) {
    return refuse(`checkpoint has ${lines.length} line(s); it needs origin, tree size and root hash`);
  }
  if (origin === '') return refuse('checkpoint origin line is empty');
  if (!/^(0|[1-9][0-9]*)$/.test(sizeLine)) {
    return refuse(`checkpoint tree size ${JSON.stringify(sizeLine)} is not a decimal number without leading zeros`);
  }
  const size = Number(sizeLine);
  if (!Number.isSafeInteger(size)) return refuse(`checkpoint tree size ${sizeLine} is above 2^53 - 1`);
  const rootHash = parseBase64(rootLine);
  if (rootHash === undefined) return refuse('checkpoint root hash is not standard padded base64');
  if (rootHash.length !== MERKLE_HASH_LENGTH) {
    return refuse(`checkpoint root hash is ${rootHash.length} bytes, expected ${MERKLE_HASH_LENGTH} (SHA-256)`);
  }
  const emptyExtension = extensions.indexOf('');
  if (emptyExtension >= 0) return refuse(`checkpoint extension line ${emptyExtension + 1} is empty`);
  return accept({ origin, size, rootHash, extensions });
}

/** The checkpoint as a signed note, signed by the log key, which must be named after the origin. */
export async function signCheckpoint(checkpoint: Checkpoint, logKey: NoteSigner): Promise<string> {
  if (logKey.name !== checkpoint.origin) {
    throw new Error(`signCheckpoint: the log key is named ${JSON.stringify(logKey.name)}, not after the origin`);
  }
  const text = formatCheckpoint(checkpoint);
  return formatSignedNote({ text, signatures: [await signNote(text, logKey)] });
}

/**
 * Verifies a signed checkpoint. Beyond the signed-note rules, one verified signature must come from a key
 * named after the origin (tlog-checkpoint's SHOULD, made a must): a trusted key of another log or of a
 * witness does not vouch for this log's checkpoint on its own.
 */
export async function openSignedCheckpoint(note: string | Uint8Array, verifierKeys: readonly NoteVerifierKey[]): Promise<Checked<Checkpoint>> {
  const opened = await openSignedNote(note, verifierKeys);
  if (!opened.ok) return opened;
  const checkpoint = parseCheckpoint(opened.value.text);
  if (!checkpoint.ok) return checkpoint;
  const { origin } = checkpoint.value;
  if (!opened.value.verified.some(({ keyName }) => keyName === origin)) {
    return refuse(`checkpoint for origin ${JSON.stringify(origin)} has no verified signature from a key of that name`);
  }
  return checkpoint;
}
