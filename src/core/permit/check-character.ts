// Check character of a permit number: the Damm algorithm over the 36 characters 0-9 A-Z.
//
// Why not ISO/IEC 7064 MOD 37,36: its hybrid scheme misses some adjacent transpositions (72 of the
// 45,360 state × ordered-pair cases), e.g. KE26-T3F-00089-J and KE26-T3F-00098-J both verify. Damm's
// scheme catches every single substitution and every adjacent transposition, the check character included,
// because it runs the characters through a totally anti-symmetric quasigroup:
//   quasigroup (each row and column a permutation) → any one changed character changes the result;
//   totally anti-symmetric ((c∗x)∗y = (c∗y)∗x only if x = y) → any swapped neighbours change the result.
// Order 36 = 4 × 9, so the quasigroup is the direct product of two such quasigroups:
//   on GF(4): x∗y = α·x + y     (α ≠ 0 and α ≠ 1, so α − 1 is invertible)
//   on Z/9:   x∗y = 2·x + y     (2 and 2 − 1 are invertible mod 9)
// A product of totally anti-symmetric quasigroups is one too: a swap differs in some component.
// Character value v (its index in ALPHABET) stands for the pair (⌊v / 9⌋ in GF(4), v mod 9 in Z/9).

export const CHECK_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';

const CHARACTER_VALUES: ReadonlyMap<string, number> = new Map([...CHECK_ALPHABET].map((c, value) => [c, value]));

/** Multiplies by α in GF(4) = {0, 1, α, α+1}, coded 0..3 by bit i = coefficient of α^i (addition is XOR); α² = α + 1. */
function timesAlpha(gf4: number): number {
  return ((gf4 << 1) & 3) ^ (gf4 & 2 ? 3 : 0);
}

function gf4Part(value: number): number {
  return Math.floor(value / 9);
}

function z9Part(value: number): number {
  return value % 9;
}

function fromParts(gf4: number, z9: number): number {
  return gf4 * 9 + z9;
}

/** The quasigroup operation x∗y on character values 0..35. */
export function combine(x: number, y: number): number {
  return fromParts(timesAlpha(gf4Part(x)) ^ gf4Part(y), (2 * z9Part(x) + z9Part(y)) % 9);
}

/** Runs the characters through the quasigroup from 0; undefined if a character is not in 0-9 A-Z. */
function interim(text: string): number | undefined {
  let state = 0;
  for (const character of text) {
    const value = CHARACTER_VALUES.get(character);
    if (value === undefined) return undefined;
    state = combine(state, value);
  }
  return state;
}

/** The character c with interim(text)∗c = 0. Throws if text has a character outside 0-9 A-Z: callers validate first. */
export function computeCheckCharacter(text: string): string {
  const state = interim(text);
  if (state === undefined) throw new RangeError(`check character: "${text}" has a character outside 0-9 A-Z`);
  // Solve α·g + g' = 0 in GF(4) (so g' = α·g, as −1 = 1) and 2·z + z' ≡ 0 (mod 9).
  return CHECK_ALPHABET.charAt(fromParts(timesAlpha(gf4Part(state)), (9 - ((2 * z9Part(state)) % 9)) % 9));
}

/** True when the last character of text is the check character of the ones before it. */
export function hasValidCheckCharacter(text: string): boolean {
  return text.length > 0 && interim(text) === 0;
}
