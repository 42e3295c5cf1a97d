// Base45 (RFC 9285): the QR alphanumeric-mode alphabet, 2 bytes -> 3 characters, least significant first.

const ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:';
const CHARACTER_VALUES: ReadonlyMap<string, number> = new Map([...ALPHABET].map((c, value) => [c, value]));

export function encodeBase45(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const n = (bytes[i] ?? 0) * 256 + (bytes[i + 1] ?? 0);
    text += ALPHABET.charAt(n % 45) + ALPHABET.charAt(Math.floor(n / 45) % 45) + ALPHABET.charAt(Math.floor(n / 2025));
  }
  if (bytes.length % 2 === 1) {
    const n = bytes[bytes.length - 1] ?? 0;
    text += ALPHABET.charAt(n % 45) + ALPHABET.charAt(Math.floor(n / 45));
  }
  return text;
}

function characterValue(text: string, position: number): number {
  const value = CHARACTER_VALUES.get(text.charAt(position));
  if (value === undefined) {
    const code = text.charCodeAt(position).toString(16).toUpperCase().padStart(4, '0');
    throw new Error(`Base45: invalid character U+${code} at position ${position}`);
  }
  return value;
}

export function decodeBase45(text: string): Uint8Array {
  if (text.length % 3 === 1) {
    throw new Error(`Base45: invalid length ${text.length} (a length of 3n+1 cannot be decoded); the stray character is at position ${text.length - 1}`);
  }
  const out = new Uint8Array(Math.floor(text.length / 3) * 2 + (text.length % 3 === 2 ? 1 : 0));
  let written = 0;
  for (let position = 0; position < text.length; position += 3) {
    const isPair = position + 2 === text.length;
    let n = characterValue(text, position) + characterValue(text, position + 1) * 45;
    if (isPair) {
      if (n > 0xff) throw new Error(`Base45: final pair at position ${position} has value ${n}, above 255`);
      out[written++] = n;
    } else {
      n += characterValue(text, position + 2) * 2025;
      if (n > 0xffff) throw new Error(`Base45: triple at position ${position} has value ${n}, above 65535`);
      out[written++] = n >> 8;
      out[written++] = n & 0xff;
    }
  }
  return out;
}
