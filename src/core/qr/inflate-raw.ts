// A strict raw DEFLATE (RFC 1951) decoder, after Mark Adler's puff.c. The permit QR needs what general
// inflaters (fflate, zlib) do not give: a hard limit on the output, the exact bit where the stream ends, and
// refusal of the bits a decoder would otherwise ignore (stored-block alignment), so that no change to a QR
// string can leave its meaning intact. Throws an Error naming the fault; the caller turns it into qr.zlib.

const MAX_CODE_BITS = 15;
const END_OF_BLOCK = 256;

/** Length symbols 257–285: base lengths and extra bits (RFC 1951 §3.2.5). */
const LENGTH_BASE = [3, 4, 5, 6, 7, 8, 9, 10, 11, 13, 15, 17, 19, 23, 27, 31, 35, 43, 51, 59, 67, 83, 99, 115, 131, 163, 195, 227, 258];
const LENGTH_EXTRA = [0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4, 4, 5, 5, 5, 5, 0];
/** Distance symbols 0–29. */
const DISTANCE_BASE = [
  1, 2, 3, 4, 5, 7, 9, 13, 17, 25, 33, 49, 65, 97, 129, 193, 257, 385, 513, 769, 1025, 1537, 2049, 3073, 4097, 6145, 8193, 12289, 16385, 24577,
];
const DISTANCE_EXTRA = [0, 0, 0, 0, 1, 1, 2, 2, 3, 3, 4, 4, 5, 5, 6, 6, 7, 7, 8, 8, 9, 9, 10, 10, 11, 11, 12, 12, 13, 13];
/** The order in which a dynamic block lists the code-length code's lengths. */
const CODE_LENGTH_ORDER = [16, 17, 18, 0, 8, 7, 9, 6, 10, 5, 11, 4, 12, 3, 13, 2, 14, 1, 15];

interface BitReader {
  readonly bytes: Uint8Array;
  position: number;
}

interface Huffman {
  /** counts[n]: how many symbols have an n-bit code. */
  readonly counts: readonly number[];
  /** Symbols in canonical code order. */
  readonly symbols: readonly number[];
}

export interface InflatedStream {
  readonly output: Uint8Array;
  /** The bit (counted from the first byte's least significant bit) just after the final block. */
  readonly endBit: number;
}

function readBits(reader: BitReader, count: number): number {
  let value = 0;
  for (let i = 0; i < count; i++) {
    const byte = reader.bytes[reader.position >> 3];
    if (byte === undefined) throw new Error('DEFLATE: the data ends inside a block');
    value |= ((byte >> (reader.position & 7)) & 1) << i;
    reader.position++;
  }
  return value;
}

/** Canonical Huffman code from code lengths; refuses over-subscribed codes, and incomplete ones but for a code of at most one 1-bit symbol (as puff.c). */
function huffman(lengths: readonly number[], what: string): Huffman {
  const counts = new Array<number>(MAX_CODE_BITS + 1).fill(0);
  for (const length of lengths) counts[length] = (counts[length] ?? 0) + 1;
  counts[0] = 0;
  let left = 1;
  for (let bits = 1; bits <= MAX_CODE_BITS; bits++) {
    left = left * 2 - (counts[bits] ?? 0);
    if (left < 0) throw new Error(`DEFLATE: over-subscribed ${what} code`);
  }
  const used = lengths.filter((length) => length > 0).length;
  if (left > 0 && !(used <= 1 && counts[1] === used)) throw new Error(`DEFLATE: incomplete ${what} code`);
  const symbols = lengths
    .map((length, symbol) => ({ length, symbol }))
    .filter(({ length }) => length > 0)
    .sort((a, b) => a.length - b.length || a.symbol - b.symbol)
    .map(({ symbol }) => symbol);
  return { counts, symbols };
}

function decodeSymbol(reader: BitReader, code: Huffman): number {
  let bits = 0;
  let first = 0;
  let index = 0;
  for (let length = 1; length <= MAX_CODE_BITS; length++) {
    bits |= readBits(reader, 1);
    const count = code.counts[length] ?? 0;
    if (bits - first < count) {
      const symbol = code.symbols[index + bits - first];
      if (symbol === undefined) break;
      return symbol;
    }
    index += count;
    first = (first + count) << 1;
    bits <<= 1;
  }
  throw new Error('DEFLATE: a code that the block’s Huffman table does not define');
}

function fixedCodes(): { literals: Huffman; distances: Huffman } {
  const literalLengths = Array.from({ length: 288 }, (_, symbol) => (symbol < 144 ? 8 : symbol < 256 ? 9 : symbol < 280 ? 7 : 8));
  // The fixed distance code has 30 usable symbols of 32 five-bit codes: complete by construction.
  return { literals: huffman(literalLengths, 'literal/length'), distances: huffman(new Array<number>(32).fill(5), 'distance') };
}

function dynamicCodes(reader: BitReader): { literals: Huffman; distances: Huffman } {
  const literalCount = readBits(reader, 5) + 257;
  const distanceCount = readBits(reader, 5) + 1;
  const codeLengthCount = readBits(reader, 4) + 4;
  if (literalCount > 286 || distanceCount > 30) throw new Error('DEFLATE: too many literal/length or distance codes');
  const codeLengthLengths = new Array<number>(19).fill(0);
  for (let i = 0; i < codeLengthCount; i++) codeLengthLengths[CODE_LENGTH_ORDER[i] ?? 0] = readBits(reader, 3);
  const codeLengthCode = huffman(codeLengthLengths, 'code-length');
  const lengths: number[] = [];
  while (lengths.length < literalCount + distanceCount) {
    const symbol = decodeSymbol(reader, codeLengthCode);
    if (symbol < 16) {
      lengths.push(symbol);
      continue;
    }
    const previous = lengths.at(-1);
    if (symbol === 16 && previous === undefined) throw new Error('DEFLATE: repeat of a code length with none before it');
    const [value, repeat] =
      symbol === 16 ? [previous ?? 0, 3 + readBits(reader, 2)] : symbol === 17 ? [0, 3 + readBits(reader, 3)] : [0, 11 + readBits(reader, 7)];
    if (lengths.length + repeat > literalCount + distanceCount) throw new Error('DEFLATE: code lengths run past the table');
    for (let i = 0; i < repeat; i++) lengths.push(value);
  }
  if (lengths[END_OF_BLOCK] === 0) throw new Error('DEFLATE: the block has no end-of-block code');
  return {
    literals: huffman(lengths.slice(0, literalCount), 'literal/length'),
    distances: huffman(lengths.slice(literalCount), 'distance'),
  };
}

function storedBlock(reader: BitReader, output: number[], maxOutput: number): void {
  if (readBits(reader, (8 - (reader.position & 7)) & 7) !== 0) throw new Error('DEFLATE: non-zero padding before a stored block');
  const length = readBits(reader, 16);
  if ((readBits(reader, 16) ^ 0xffff) !== length) throw new Error('DEFLATE: stored block length and its complement disagree');
  if (output.length + length > maxOutput) throw new Error(`DEFLATE: the output exceeds ${maxOutput} bytes`);
  for (let i = 0; i < length; i++) output.push(readBits(reader, 8));
}

function compressedBlock(reader: BitReader, output: number[], maxOutput: number, codes: { literals: Huffman; distances: Huffman }): void {
  for (;;) {
    const symbol = decodeSymbol(reader, codes.literals);
    if (symbol === END_OF_BLOCK) return;
    if (symbol < END_OF_BLOCK) {
      output.push(symbol);
    } else {
      const lengthIndex = symbol - 257;
      const lengthBase = LENGTH_BASE[lengthIndex];
      if (lengthBase === undefined) throw new Error(`DEFLATE: invalid length symbol ${symbol}`);
      const length = lengthBase + readBits(reader, LENGTH_EXTRA[lengthIndex] ?? 0);
      const distanceIndex = decodeSymbol(reader, codes.distances);
      const distanceBase = DISTANCE_BASE[distanceIndex];
      if (distanceBase === undefined) throw new Error(`DEFLATE: invalid distance symbol ${distanceIndex}`);
      const distance = distanceBase + readBits(reader, DISTANCE_EXTRA[distanceIndex] ?? 0);
      if (distance > output.length) throw new Error('DEFLATE: a distance reaches before the start of the output');
      if (output.length + length > maxOutput) throw new Error(`DEFLATE: the output exceeds ${maxOutput} bytes`);
      for (let i = 0; i < length; i++) output.push(output[output.length - distance] ?? 0);
    }
    if (output.length > maxOutput) throw new Error(`DEFLATE: the output exceeds ${maxOutput} bytes`);
  }
}

/** Decodes one raw DEFLATE stream from the start of bytes, stopping after its final block. */
export function inflateRaw(bytes: Uint8Array, maxOutput: number): InflatedStream {
  const reader: BitReader = { bytes, position: 0 };
  const output: number[] = [];
  let isFinal = false;
  while (!isFinal) {
    isFinal = readBits(reader, 1) === 1;
    const type = readBits(reader, 2);
    if (type === 0) storedBlock(reader, output, maxOutput);
    else if (type === 1) compressedBlock(reader, output, maxOutput, fixedCodes());
    else if (type === 2) compressedBlock(reader, output, maxOutput, dynamicCodes(reader));
    else throw new Error('DEFLATE: invalid block type 3');
  }
  return { output: Uint8Array.from(output), endBit: reader.position };
}
