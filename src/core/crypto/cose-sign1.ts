// COSE_Sign1 (RFC 9052 §4.2) with EdDSA over Ed25519 (alg -8): [protected bstr, unprotected map, payload, signature].
import { CborTagged, decodeCbor, encodeCbor } from './cbor.ts';
import { ed25519Sign, ed25519Verify } from './ed25519.ts';

export const COSE_SIGN1_TAG = 18;
export const COSE_HEADER_ALG = 1;
export const COSE_HEADER_CRIT = 2;
export const COSE_HEADER_KID = 4;
export const COSE_ALG_EDDSA = -8;

export type CoseHeader = Map<number, unknown>;

export interface CoseSign1Input {
  readonly protectedHeader: CoseHeader;
  readonly unprotectedHeader: CoseHeader;
  readonly payload: Uint8Array;
  readonly seed: Uint8Array;
  readonly externalAad?: Uint8Array;
  /** Wrap in CBOR tag 18; default true. */
  readonly tagged?: boolean;
}

export interface DecodedCoseSign1 {
  /** The protected header exactly as received: the signature covers these bytes, not a re-encoding. */
  readonly protectedBytes: Uint8Array;
  readonly protectedHeader: CoseHeader;
  readonly unprotectedHeader: CoseHeader;
  readonly payload: Uint8Array;
  readonly signature: Uint8Array;
}

const EMPTY = new Uint8Array(0);

function sigStructure(protectedBytes: Uint8Array, externalAad: Uint8Array, payload: Uint8Array): Uint8Array {
  return encodeCbor(['Signature1', protectedBytes, externalAad, payload]);
}

function assertDisjointHeaders(protectedHeader: CoseHeader, unprotectedHeader: CoseHeader): void {
  for (const label of protectedHeader.keys()) {
    if (unprotectedHeader.has(label)) throw new Error(`COSE_Sign1: header label ${label} is in both the protected and unprotected headers`);
  }
}

export async function signCoseSign1(input: CoseSign1Input): Promise<Uint8Array> {
  if (input.protectedHeader.get(COSE_HEADER_ALG) !== COSE_ALG_EDDSA) {
    throw new Error(`COSE_Sign1: the protected header must carry alg (${COSE_HEADER_ALG}) = EdDSA (${COSE_ALG_EDDSA})`);
  }
  assertDisjointHeaders(input.protectedHeader, input.unprotectedHeader);
  const protectedBytes = encodeCbor(input.protectedHeader);
  const toBeSigned = sigStructure(protectedBytes, input.externalAad ?? EMPTY, input.payload);
  const signature = await ed25519Sign(input.seed, toBeSigned);
  const message = [protectedBytes, input.unprotectedHeader, input.payload, signature];
  return encodeCbor(input.tagged === false ? message : new CborTagged(COSE_SIGN1_TAG, message));
}

function asHeader(value: unknown, what: string): CoseHeader {
  if (!(value instanceof Map)) throw new Error(`COSE_Sign1: the ${what} header is not a map`);
  const header: CoseHeader = new Map();
  for (const [label, entry] of value) {
    if (typeof label !== 'number' || !Number.isInteger(label)) {
      throw new Error(`COSE_Sign1: the ${what} header has a non-integer label ${JSON.stringify(String(label))}`);
    }
    header.set(label, entry);
  }
  return header;
}

function asByteString(value: unknown, what: string): Uint8Array {
  if (!(value instanceof Uint8Array)) throw new Error(`COSE_Sign1: the ${what} is not a byte string`);
  return value;
}

function reason(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Accepts the tag-18 form and the untagged array; refuses other tags, other shapes and detached payloads. */
export function decodeCoseSign1(bytes: Uint8Array): DecodedCoseSign1 {
  let item: unknown;
  try {
    item = decodeCbor(bytes, { tags: [COSE_SIGN1_TAG] });
  } catch (error) {
    throw new Error(`COSE_Sign1: not a tag-${COSE_SIGN1_TAG} or untagged CBOR array: ${reason(error)}`, { cause: error });
  }
  const message: unknown = item instanceof CborTagged ? item.value : item;
  if (!Array.isArray(message) || message.length !== 4) throw new Error('COSE_Sign1: expected an array of 4 items');
  const [protectedItem, unprotectedItem, payloadItem, signatureItem]: unknown[] = message;
  if (payloadItem === null) throw new Error('COSE_Sign1: detached payloads are not supported');
  const protectedBytes = asByteString(protectedItem, 'protected header');
  let protectedValue: unknown = new Map();
  if (protectedBytes.length > 0) {
    try {
      protectedValue = decodeCbor(protectedBytes);
    } catch (error) {
      throw new Error(`COSE_Sign1: the protected header is not CBOR: ${reason(error)}`, { cause: error });
    }
  }
  const protectedHeader = asHeader(protectedValue, 'protected');
  const unprotectedHeader = asHeader(unprotectedItem, 'unprotected');
  assertDisjointHeaders(protectedHeader, unprotectedHeader);
  return {
    protectedBytes,
    protectedHeader,
    unprotectedHeader,
    payload: asByteString(payloadItem, 'payload'),
    signature: asByteString(signatureItem, 'signature'),
  };
}

/**
 * True when the signature verifies. Throws, rather than returning false, when the message is one this verifier
 * cannot judge: a protected alg other than EdDSA (-8), or a crit header. False means the signature does not hold for
 * this 32-byte Ed25519 key (altered protected header, payload or external AAD, another key, or a key of another length).
 */
export async function verifyCoseSign1(decoded: DecodedCoseSign1, publicKey: Uint8Array, externalAad: Uint8Array = EMPTY): Promise<boolean> {
  const alg = decoded.protectedHeader.get(COSE_HEADER_ALG);
  if (alg !== COSE_ALG_EDDSA) {
    throw new Error(`COSE_Sign1: protected alg is ${alg === undefined ? 'absent' : String(alg)}, only EdDSA (${COSE_ALG_EDDSA}) is supported`);
  }
  if (decoded.protectedHeader.has(COSE_HEADER_CRIT)) throw new Error('COSE_Sign1: critical header parameters (crit) are not supported');
  const toBeSigned = sigStructure(decoded.protectedBytes, externalAad, decoded.payload);
  return ed25519Verify(publicKey, toBeSigned, decoded.signature);
}
