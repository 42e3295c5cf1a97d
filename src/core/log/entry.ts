// A signed audit entry (DESIGN §5): a tagged COSE_Sign1 (RFC 9052) whose protected header is {alg: EdDSA,
// kid} and whose payload is the deterministic CBOR of the entry under the integer keys of entry-keys.ts.
// id = SHA-256 of the whole signed message. Byte layout and the reasons for it: docs/log-format.md.
import { CborTagged, decodeCanonicalCbor, decodeCbor, encodeCbor } from '../crypto/cbor.ts';
import { COSE_ALG_EDDSA, COSE_HEADER_ALG, COSE_HEADER_KID, COSE_SIGN1_TAG, signCoseSign1 } from '../crypto/cose-sign1.ts';
import { ED25519_SIGNATURE_LENGTH } from '../crypto/ed25519.ts';
import { sha256 } from '../crypto/sha256.ts';
import { failure, success, type Result } from '../permit/result.ts';
import { cborDataFromDecoded } from './cbor-data.ts';
import { ENTRY_FIELDS, ENTRY_KEYS, FIELD_OF_KEY } from './entry-keys.ts';
import { unsignedEntrySchema, type UnsignedEntry } from './entry-schema.ts';
import { logError, type LogError, type LogErrorCode } from './log-error.ts';

/** A key certificate's kid (DESIGN §4): the first 8 bytes of SHA-256 of the certificate. */
export const ENTRY_KID_LENGTH = 8;
/** No legitimate entry comes near this; refusing earlier bounds the work an attacker can cause. */
export const MAX_ENTRY_BYTES = 64 * 1024;

export interface EntrySigningKey {
  readonly kid: Uint8Array;
  /** The Ed25519 private key seed of the actor's device key. */
  readonly seed: Uint8Array;
}

export interface SignedEntry {
  readonly id: Uint8Array;
  /** The COSE_Sign1 bytes: what is stored, synced and exported. */
  readonly bytes: Uint8Array;
}

export interface DecodedEntry extends SignedEntry {
  readonly entry: UnsignedEntry;
  readonly kid: Uint8Array;
  readonly signature: Uint8Array;
  /** The COSE Sig_structure the signature is over. */
  readonly toBeSigned: Uint8Array;
}

const EMPTY = new Uint8Array(0);

export function entryId(bytes: Uint8Array): Uint8Array {
  return sha256(bytes);
}

/** Signs an entry. Throws when `unsigned` breaks the schema or the kid is not 8 bytes: a caller's bug. */
export async function createEntry(unsigned: UnsignedEntry, key: EntrySigningKey): Promise<SignedEntry> {
  const entry = unsignedEntrySchema.parse(unsigned);
  if (key.kid.length !== ENTRY_KID_LENGTH) throw new Error(`createEntry: a kid is ${ENTRY_KID_LENGTH} bytes, got ${key.kid.length}`);
  const bytes = await signCoseSign1({
    protectedHeader: new Map<number, unknown>([[COSE_HEADER_ALG, COSE_ALG_EDDSA], [COSE_HEADER_KID, key.kid]]),
    unprotectedHeader: new Map(),
    payload: encodeEntryPayload(entry),
    seed: key.seed,
  });
  return { id: entryId(bytes), bytes };
}

export function encodeEntryPayload(entry: UnsignedEntry): Uint8Array {
  const map = new Map<number, unknown>();
  for (const field of ENTRY_FIELDS) {
    map.set(ENTRY_KEYS[field], field === 'hlc' ? [entry.hlc.wallMs, entry.hlc.counter] : entry[field]);
  }
  return encodeCbor(map);
}

/**
 * Decodes and checks the structure of a signed entry, not its signature (that needs the key: see
 * verify-device-log.ts). Strict: every CBOR layer must be the deterministic encoding of its value, so one
 * entry has exactly one byte spelling and therefore one id.
 */
export function decodeEntry(bytes: Uint8Array): Result<DecodedEntry, LogError> {
  if (bytes.length > MAX_ENTRY_BYTES) return failure(logError('entry.too-large', `${bytes.length} bytes, at most ${MAX_ENTRY_BYTES}`));
  const outer = decodeStrict(bytes, [COSE_SIGN1_TAG], 'the entry', 'entry.not-cose');
  if (!outer.ok) return outer;
  const message = outer.value;
  if (!(message instanceof CborTagged) || message.tag !== COSE_SIGN1_TAG) return notCose('not a CBOR tag-18 (COSE_Sign1) item');
  const parts: unknown = message.value;
  if (!Array.isArray(parts) || parts.length !== 4) return notCose('a COSE_Sign1 is an array of 4 items');
  const [protectedBytes, unprotectedHeader, payload, signature]: unknown[] = parts;
  if (!(protectedBytes instanceof Uint8Array) || !(payload instanceof Uint8Array) || !(signature instanceof Uint8Array)) {
    return notCose('the protected header, payload and signature must be byte strings');
  }
  if (!(unprotectedHeader instanceof Map) || unprotectedHeader.size !== 0) {
    return failure(logError('entry.bad-header', 'the unprotected header must be an empty map'));
  }
  if (signature.length !== ED25519_SIGNATURE_LENGTH) return notCose(`the signature is ${signature.length} bytes, expected ${ED25519_SIGNATURE_LENGTH}`);
  const kid = readProtectedHeader(protectedBytes);
  if (!kid.ok) return kid;
  const entry = decodeEntryPayload(payload);
  if (!entry.ok) return entry;
  return success({
    id: entryId(bytes),
    bytes,
    entry: entry.value,
    kid: kid.value,
    signature,
    toBeSigned: encodeCbor(['Signature1', protectedBytes, EMPTY, payload]),
  });
}

function readProtectedHeader(protectedBytes: Uint8Array): Result<Uint8Array, LogError> {
  const decoded = decodeStrict(protectedBytes, [], 'the protected header', 'entry.bad-header');
  if (!decoded.ok) return decoded;
  const header = decoded.value;
  const kid = header instanceof Map ? header.get(COSE_HEADER_KID) : undefined;
  if (!(header instanceof Map) || header.size !== 2 || header.get(COSE_HEADER_ALG) !== COSE_ALG_EDDSA
    || !(kid instanceof Uint8Array) || kid.length !== ENTRY_KID_LENGTH) {
    return failure(logError('entry.bad-header', `the protected header must be exactly {1: -8, 4: ${ENTRY_KID_LENGTH}-byte kid}`));
  }
  return success(kid);
}

function decodeEntryPayload(payload: Uint8Array): Result<UnsignedEntry, LogError> {
  const decoded = decodeStrict(payload, [], 'the payload', 'entry.schema');
  if (!decoded.ok) return decoded;
  const map = decoded.value;
  if (!(map instanceof Map)) return schemaError('the payload is not a CBOR map');
  const record: Record<string, unknown> = {};
  for (const [key, value] of map as Map<unknown, unknown>) {
    const field = typeof key === 'number' ? FIELD_OF_KEY.get(key) : undefined;
    if (field === undefined) return schemaError(`unknown payload key ${String(key)}`);
    record[field] = field === 'hlc' ? hlcFromCbor(value) : field === 'body' ? cborDataFromDecoded(value) : value;
  }
  const parsed = unsignedEntrySchema.safeParse(record);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return schemaError(issue === undefined ? 'invalid entry' : `${issue.path.join('.') || 'entry'}: ${issue.message}`);
  }
  return success(parsed.data);
}

/** The payload carries the HLC as [wallMs, counter]; anything else is left for the schema to refuse. */
function hlcFromCbor(value: unknown): unknown {
  if (!Array.isArray(value) || value.length !== 2) return value;
  const [wallMs, counter]: unknown[] = value;
  return { wallMs, counter };
}

function decodeStrict(bytes: Uint8Array, tags: readonly number[], what: string, undecodable: LogErrorCode): Result<unknown, LogError> {
  try {
    return success(decodeCanonicalCbor(bytes, { tags }));
  } catch (canonicalError) {
    const detail = `${what}: ${canonicalError instanceof Error ? canonicalError.message : String(canonicalError)}`;
    try {
      decodeCbor(bytes, { tags });
    } catch {
      return failure(logError(undecodable, detail));
    }
    return failure(logError('entry.not-canonical', detail));
  }
}

function notCose(detail: string): Result<never, LogError> {
  return failure(logError('entry.not-cose', detail));
}

function schemaError(detail: string): Result<never, LogError> {
  return failure(logError('entry.schema', detail));
}
