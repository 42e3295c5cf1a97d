// Standard base64 (RFC 4648 §4) with padding, as signed notes and checkpoints use it. Decoding is strict so
// that one value has one spelling: no whitespace, no URL-safe letters, no missing padding, no stray bits.

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Sextet value of each ASCII code, -1 where the code is not in the alphabet. */
const SEXTETS: readonly number[] = Array.from({ length: 128 }, (_, code) => ALPHABET.indexOf(String.fromCharCode(code)));

export function toBase64(bytes: Uint8Array): string {
  let text = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const chunk = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const sextets = Math.min(bytes.length - i, 3) + 1;
    for (let s = 0; s < 4; s++) text += s < sextets ? ALPHABET[(chunk >> (18 - 6 * s)) & 63] : '=';
  }
  return text;
}

/** The bytes spelled by `text`, or undefined when it is not canonical padded standard base64. */
export function parseBase64(text: string): Uint8Array | undefined {
  if (text.length % 4 !== 0) return undefined;
  const padding = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  const bytes = new Uint8Array((text.length / 4) * 3 - padding);
  let pending = 0;
  let pendingBits = 0;
  let written = 0;
  for (let i = 0; i < text.length - padding; i++) {
    const sextet = SEXTETS[text.charCodeAt(i)] ?? -1;
    if (sextet < 0) return undefined;
    pending = (pending << 6) | sextet;
    pendingBits += 6;
    if (pendingBits >= 8) {
      pendingBits -= 8;
      bytes[written++] = pending >> pendingBits;
      pending &= (1 << pendingBits) - 1;
    }
  }
  // Bits left over before the padding must be zero, or "Zh==" would be a second spelling of "Zg==".
  return pending === 0 ? bytes : undefined;
}
