// A pull answer is mostly entries, and under load many devices pull the same part of the log at once. So each
// entry's CBOR is made once (memoised by the entry object, which HQ's leaf cache keeps) and the answer is
// assembled around those bytes: the same bytes as encodeSyncMessage(pullResponseSchema, response), in a
// fraction of the work. Every part is schema-checked, the entries once when first encoded.
import { concatBytes } from '../crypto/bytes.ts';
import { encodeCbor } from '../crypto/cbor.ts';
import { pulledEntrySchema, pullResponseSchema, type PulledEntry, type PullResponse } from './pull.ts';

const encodedEntries = new WeakMap<PulledEntry, Uint8Array>();
const headSchema = pullResponseSchema.omit({ entries: true });

/** The deterministic CBOR of one pulled entry, made once per entry object. */
export function encodedPulledEntry(entry: PulledEntry): Uint8Array {
  let encoded = encodedEntries.get(entry);
  if (encoded === undefined) {
    encoded = encodeCbor(pulledEntrySchema.parse(entry));
    encodedEntries.set(entry, encoded);
  }
  return encoded;
}

/** The pull answer as deterministic CBOR (RFC 8949 §4.2.1); throws on a schema breach (HQ's bug). */
export function encodePullResponse(response: PullResponse): Uint8Array {
  const { entries, ...head } = response;
  const fields = Object.entries(headSchema.parse(head)).map(([key, value]): [Uint8Array, Uint8Array[]] => [encodeCbor(key), [encodeCbor(value)]]);
  fields.push([encodeCbor('entries'), [cborHead(MAJOR_ARRAY, entries.length), ...entries.map(encodedPulledEntry)]]);
  // Deterministic map order: keys sorted by their encoded bytes.
  fields.sort(([a], [b]) => compareBytes(a, b));
  return concatBytes(cborHead(MAJOR_MAP, fields.length), ...fields.flatMap(([key, value]) => [key, ...value]));
}

const MAJOR_ARRAY = 4;
const MAJOR_MAP = 5;

/** The shortest head of a definite-length array or map of `count` items. */
function cborHead(major: number, count: number): Uint8Array {
  const type = major << 5;
  if (count < 24) return Uint8Array.of(type | count);
  if (count < 0x100) return Uint8Array.of(type | 24, count);
  if (count < 0x10000) return Uint8Array.of(type | 25, count >> 8, count & 0xff);
  return Uint8Array.of(type | 26, (count >>> 24) & 0xff, (count >> 16) & 0xff, (count >> 8) & 0xff, count & 0xff);
}

function compareBytes(a: Uint8Array, b: Uint8Array): number {
  const length = Math.min(a.length, b.length);
  for (let i = 0; i < length; i++) {
    const difference = (a[i] ?? 0) - (b[i] ?? 0);
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}
