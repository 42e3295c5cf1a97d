// The one way core/trust signs and opens a document: a tagged COSE_Sign1 (EdDSA) whose payload is the
// deterministic CBOR of a text-keyed map. Opening is strict so that one document has one byte spelling.
import { decodeCanonicalCbor, encodeCbor } from '../crypto/cbor.ts';
import {
  COSE_ALG_EDDSA,
  COSE_HEADER_ALG,
  COSE_SIGN1_TAG,
  decodeCoseSign1,
  signCoseSign1,
  type DecodedCoseSign1,
  verifyCoseSign1,
  type CoseHeader,
} from '../crypto/cose-sign1.ts';
import { accept, refuse, type Checked } from '../log/verdict.ts';
import { plainFromCbor } from './cbor-record.ts';

/** First byte of a CBOR tag-18 head: major type 6, value 18. */
const COSE_SIGN1_TAG_BYTE = 0xc0 | COSE_SIGN1_TAG;

export function signCoseDocument(seed: Uint8Array, payload: Uint8Array, unprotectedHeader: CoseHeader = new Map()): Promise<Uint8Array> {
  return signCoseSign1({ protectedHeader: new Map([[COSE_HEADER_ALG, COSE_ALG_EDDSA]]), unprotectedHeader, payload, seed });
}

export function encodeDocumentPayload(record: Readonly<Record<string, unknown>>): Uint8Array {
  return encodeCbor(record);
}

export interface OpenedDocument {
  /** The payload decoded, text-keyed maps as plain objects, for a zod schema to check. */
  readonly payload: unknown;
  readonly unprotectedHeader: CoseHeader;
  verify(publicKey: Uint8Array): Promise<boolean>;
}

/** Decodes without checking the signature (the caller picks the key); refuses every structural deviation. */
export function openCoseDocument(bytes: Uint8Array, what: string): Checked<OpenedDocument> {
  if (bytes[0] !== COSE_SIGN1_TAG_BYTE) return refuse(`${what}: not a tagged COSE_Sign1 message`);
  let decoded: DecodedCoseSign1;
  let payload: unknown;
  try {
    decoded = decodeCoseSign1(bytes);
    if (decoded.protectedHeader.size !== 1 || decoded.protectedHeader.get(COSE_HEADER_ALG) !== COSE_ALG_EDDSA) {
      return refuse(`${what}: the protected header must be exactly {alg: EdDSA}`);
    }
    payload = plainFromCbor(decodeCanonicalCbor(decoded.payload));
  } catch (error) {
    return refuse(`${what}: ${error instanceof Error ? error.message : String(error)}`);
  }
  const message = decoded;
  return accept({
    payload,
    unprotectedHeader: message.unprotectedHeader,
    verify: (publicKey) => verifyCoseSign1(message, publicKey),
  });
}
