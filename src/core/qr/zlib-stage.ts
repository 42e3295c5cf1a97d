// The zlib layer (RFC 1950) of a permit QR, read strictly: a 2-byte header without a preset dictionary, one
// DEFLATE stream that ends in the byte before the Adler-32 trailer with its unused bits zero, and a matching
// Adler-32. Nothing is left over and no bit is ignored, so every change to the compressed bytes is refused or
// changes the signed message. The output is capped (zip bombs); DEFLATE can expand about 1,000-fold.
import { failure, success, type Result } from '../permit/result.ts';
import { adler32 } from './adler32.ts';
import { inflateRaw, type InflatedStream } from './inflate-raw.ts';
import { permitQrError, type PermitQrError } from './permit-qr-error.ts';

/**
 * The largest COSE_Sign1 a permit QR may inflate to. A QR code holds at most 2,953 bytes; a permit with
 * 20 line items signs to about 1.2 KB, so 16 KiB leaves room for long names and refuses bombs at once.
 */
export const PERMIT_QR_MAX_INFLATED_BYTES = 16_384;

const HEADER_LENGTH = 2;
const TRAILER_LENGTH = 4;
const DEFLATE_METHOD = 8;
const MAX_WINDOW_INFO = 7;
const PRESET_DICTIONARY_FLAG = 0x20;

function refuse(detail: string): Result<never, PermitQrError> {
  return failure(permitQrError('qr.zlib', `zlib: ${detail}`));
}

export function inflateQrZlib(bytes: Uint8Array, maxBytes: number = PERMIT_QR_MAX_INFLATED_BYTES): Result<Uint8Array, PermitQrError> {
  if (bytes.length < HEADER_LENGTH + 1 + TRAILER_LENGTH) return refuse(`${bytes.length} bytes are too few for a zlib stream`);
  const cmf = bytes[0] ?? 0;
  const flags = bytes[1] ?? 0;
  if ((cmf & 0x0f) !== DEFLATE_METHOD || cmf >> 4 > MAX_WINDOW_INFO) return refuse(`header byte 0x${cmf.toString(16)} is not DEFLATE with a window of at most 32 KiB`);
  if ((cmf * 256 + flags) % 31 !== 0) return refuse('header check bits (FCHECK) are wrong');
  if ((flags & PRESET_DICTIONARY_FLAG) !== 0) return refuse('a preset dictionary is not allowed');
  const deflate = bytes.subarray(HEADER_LENGTH, bytes.length - TRAILER_LENGTH);
  let inflated: InflatedStream;
  try {
    inflated = inflateRaw(deflate, maxBytes);
  } catch (error) {
    return refuse(error instanceof Error ? error.message : String(error));
  }
  const usedBytes = Math.ceil(inflated.endBit / 8);
  if (usedBytes !== deflate.length) return refuse(`${deflate.length - usedBytes} byte(s) between the DEFLATE data and the Adler-32 trailer`);
  const unusedBits = (deflate[usedBytes - 1] ?? 0) >> (((inflated.endBit - 1) & 7) + 1);
  if (unusedBits !== 0) return refuse('the unused bits after the last DEFLATE block are not zero');
  const trailer = bytes.subarray(bytes.length - TRAILER_LENGTH);
  const expected = (((trailer[0] ?? 0) << 24) | ((trailer[1] ?? 0) << 16) | ((trailer[2] ?? 0) << 8) | (trailer[3] ?? 0)) >>> 0;
  if (adler32(inflated.output) !== expected) return refuse('the Adler-32 checksum does not match the inflated data');
  return success(inflated.output);
}
