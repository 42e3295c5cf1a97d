import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHECK_ALPHABET, combine, computeCheckCharacter, hasValidCheckCharacter } from '../../../src/core/permit/check-character.ts';

const VALUES = Array.from(CHECK_ALPHABET, (_, value) => value);

describe('the order-36 quasigroup behind the check character', () => {
  it('is a Latin square: every row and every column is a permutation of 0..35 (so every substitution is caught)', () => {
    for (const x of VALUES) {
      expect(new Set(VALUES.map((y) => combine(x, y))).size).toBe(36);
      expect(new Set(VALUES.map((y) => combine(y, x))).size).toBe(36);
    }
  });

  it('is totally anti-symmetric: (c∗x)∗y = (c∗y)∗x only if x = y (so every adjacent swap is caught), checked exhaustively', () => {
    const collisions: string[] = [];
    for (const c of VALUES) {
      for (const x of VALUES) {
        for (const y of VALUES) {
          if (x !== y && combine(combine(c, x), y) === combine(combine(c, y), x)) collisions.push(`${c},${x},${y}`);
        }
      }
    }
    expect(collisions).toEqual([]);
  });
});

describe('check character', () => {
  // Worked by hand. A character's value v is its index in 0-9 A-Z, read as the pair (⌊v/9⌋, v mod 9);
  // (g, z)∗(g', z') = (α·g ⊕ g', 2z + z' mod 9), with α·(0, 1, 2, 3) = (0, 2, 3, 1) in GF(4).
  // "KE26T3F00042", from state 0 = (0,0):
  //   K=20=(2,2) → (0⊕2, 0+2)      = (2,2)=20     E=14=(1,5) → (3⊕1, 4+5=0)    = (2,0)=18
  //   2=(0,2)    → (3⊕0, 0+2)      = (3,2)=29     6=(0,6)    → (1⊕0, 4+6=1)    = (1,1)=10
  //   T=29=(3,2) → (2⊕3, 2+2)      = (1,4)=13     3=(0,3)    → (2⊕0, 8+3=2)    = (2,2)=20
  //   F=15=(1,6) → (3⊕1, 4+6=1)    = (2,1)=19     0=(0,0)    → (3⊕0, 2+0)      = (3,2)=29
  //   0          → (1, 4)          = (1,4)=13     0          → (2, 8)          = (2,8)=26
  //   4=(0,4)    → (3⊕0, 16+4=2)   = (3,2)=29     2=(0,2)    → (1⊕0, 4+2)      = (1,6)=15
  // Check c = (g', z') with (1,6)∗c = (0,0): g' = α·1 = 2, z' = −12 mod 9 = 6, so c = 2·9+6 = 24 = "O".
  it('matches the hand-worked example KE26T3F00042 → O', () => {
    expect(computeCheckCharacter('KE26T3F00042')).toBe('O');
    expect(hasValidCheckCharacter('KE26T3F00042O')).toBe(true);
  });

  // "A1": A=10=(1,1) → (0⊕1, 0+1) = (1,1); 1=(0,1) → (2⊕0, 2+1) = (2,3); c = (α·2, −6 mod 9) = (3,3) = 30 = "U".
  it('matches the hand-worked example A1 → U', () => {
    expect(computeCheckCharacter('A1')).toBe('U');
  });

  it('refuses to compute over characters outside 0-9 A-Z', () => {
    expect(() => computeCheckCharacter('ke26')).toThrow(RangeError);
    expect(hasValidCheckCharacter('KE26-T3F')).toBe(false);
    expect(hasValidCheckCharacter('')).toBe(false);
  });

  const text = fc.string({ unit: fc.constantFrom(...CHECK_ALPHABET), minLength: 1, maxLength: 30 });

  it('catches every single substitution and every adjacent transposition in any text, check character included', () => {
    fc.assert(
      fc.property(text, (body) => {
        const full = body + computeCheckCharacter(body);
        expect(hasValidCheckCharacter(full)).toBe(true);
        for (let i = 0; i < full.length; i++) {
          for (const other of CHECK_ALPHABET) {
            if (other !== full[i]) expect(hasValidCheckCharacter(full.slice(0, i) + other + full.slice(i + 1))).toBe(false);
          }
          const next = full[i + 1];
          if (next !== undefined && next !== full[i]) {
            expect(hasValidCheckCharacter(full.slice(0, i) + next + full[i] + full.slice(i + 2))).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });
});
