// Deterministic CBOR (RFC 8949 §4.2.1): shortest heads and floats, map keys sorted by their encoded bytes,
// definite lengths only. Maps decode as Map so that integer keys survive a round trip.
import { Tagged, decodeFirst, encode, rfc8949EncodeOptions } from 'cborg';
import type { DecodeOptions, EncodeOptions, TagDecoder } from 'cborg';

export { Tagged as CborTagged };

const encodeOptions: EncodeOptions = {
  ...rfc8949EncodeOptions,
  typeEncoders: {
    // cborg would write 0xf7, which decodeCbor refuses: fail at the source instead.
    undefined: () => {
      throw new Error('CBOR: cannot encode undefined (use null or omit the key)');
    },
  },
};

export function encodeCbor(value: unknown): Uint8Array {
  return encode(value, encodeOptions);
}

export interface CborDecodeOptions {
  /** Tag numbers to return as CborTagged values; any other tag is refused. */
  readonly tags?: readonly number[];
}

function decodeOptions(tags: readonly number[]): DecodeOptions {
  const tagDecoders: Record<number, TagDecoder> = {};
  for (const tag of tags) tagDecoders[tag] = Tagged.decoder(tag);
  return {
    useMaps: true,
    allowIndefinite: false,
    allowUndefined: false,
    rejectDuplicateMapKeys: true,
    tags: tagDecoders,
  };
}

/** Decodes exactly one data item; refuses trailing bytes, indefinite lengths, undefined, duplicate keys and unlisted tags. */
export function decodeCbor(bytes: Uint8Array, options: CborDecodeOptions = {}): unknown {
  const [value, remainder]: [unknown, Uint8Array] = decodeFirst(bytes, decodeOptions(options.tags ?? []));
  if (remainder.length > 0) {
    throw new Error(`CBOR: ${remainder.length} trailing byte(s) after the data item at offset ${bytes.length - remainder.length}`);
  }
  return value;
}

/**
 * decodeCbor, then refuses input that is not the deterministic encoding of the decoded value. JavaScript does
 * not tell 1.0 from 1, so a float with an integral value counts as non-deterministic (it re-encodes as an integer).
 */
export function decodeCanonicalCbor(bytes: Uint8Array, options: CborDecodeOptions = {}): unknown {
  const value = decodeCbor(bytes, options);
  const canonical = encodeCbor(value);
  const length = Math.min(bytes.length, canonical.length);
  let offset = 0;
  while (offset < length && bytes[offset] === canonical[offset]) offset++;
  if (offset < length || bytes.length !== canonical.length) {
    throw new Error(`CBOR: not the deterministic encoding (RFC 8949 §4.2.1) of its value, first difference at byte ${offset}`);
  }
  return value;
}
