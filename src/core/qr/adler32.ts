// Adler-32 (RFC 1950 §8.2), the zlib trailer: checked here because fflate's unzlibSync does not check it.
const MODULUS = 65_521;

export function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % MODULUS;
    b = (b + a) % MODULUS;
  }
  return ((b << 16) | a) >>> 0;
}
