import { describe, expect, it } from 'vitest';
import { partyCodes } from '../../../src/core/codes/index.ts';
import fc from 'fast-check';
import { DEVICE_CODE_ALPHABET } from '../../../src/core/permit/device-code.ts';
import { EXAMPLE_PERMIT_NUMBER } from '../../../src/core/permit/permit-number-errors.ts';
import type { PermitNumberErrorCode } from '../../../src/core/permit/permit-number-errors.ts';
import { formatPermitNumber, parsePermitNumber, permitNumberSchema } from '../../../src/core/permit/permit-number.ts';
import type { PermitNumberParts } from '../../../src/core/permit/permit-number.ts';

function formatted(parts: PermitNumberParts): string {
  const result = formatPermitNumber(parts);
  if (!result.ok) throw new Error(result.error.message.en);
  return result.value;
}

function parseErrorCode(text: string): PermitNumberErrorCode | undefined {
  const result = parsePermitNumber(text);
  return result.ok ? undefined : result.error.code;
}

function formatErrorCode(parts: PermitNumberParts): PermitNumberErrorCode | undefined {
  const result = formatPermitNumber(parts);
  return result.ok ? undefined : result.error.code;
}

const KE_42: PermitNumberParts = { party: 'KE', year: 2026, device: 'T3F', sequence: 42 };

describe('known permit numbers, worked by hand', () => {
  // The check character runs the 12 characters before it through the order-36 quasigroup of
  // check-character.ts; value v = index in 0-9 A-Z = (⌊v/9⌋, v mod 9), (g,z)∗(g',z') = (α·g ⊕ g', 2z+z' mod 9).
  // KE26T3F00042: states (2,2) (2,0) (3,2) (1,1) (1,4) (2,2) (2,1) (3,2) (1,4) (2,8) (3,2) (1,6);
  //   check (α·1, −2·6 mod 9) = (2,6) = 24 = "O" (the design brief's "-7" was only a placeholder).
  // FR30ABC12345: F (1,6), R=(3,0) → (1,3), 3 → (2,0), 0 → (3,0), A=(1,1) → (0,1), B=(1,2) → (1,4),
  //   C=(1,3) → (3,2), 1 → (1,5), 2 → (2,3), 3 → (3,0), 4 → (1,4), 5 → (2,4);
  //   check (α·2, −2·4 mod 9) = (3,1) = 28 = "S".
  it.each([
    [KE_42, 'KE26-T3F-00042-O'],
    [{ party: 'FR', year: 2030, device: 'ABC', sequence: 12345 }, 'FR30-ABC-12345-S'],
  ])('%o is %s', (parts, text) => {
    expect(formatPermitNumber(parts)).toEqual({ ok: true, value: text });
    expect(parsePermitNumber(text)).toEqual({ ok: true, value: parts });
  });

  it('the example shown in error messages is itself valid', () => {
    expect(parsePermitNumber(EXAMPLE_PERMIT_NUMBER).ok).toBe(true);
  });
});

const PARTIES = [...partyCodes];
const permitNumberParts: fc.Arbitrary<PermitNumberParts> = fc.record({
  party: fc.constantFrom(...PARTIES),
  year: fc.integer({ min: 2000, max: 2099 }),
  device: fc.string({ unit: fc.constantFrom(...DEVICE_CODE_ALPHABET), minLength: 3, maxLength: 3 }),
  sequence: fc.integer({ min: 1, max: 99_999 }),
});

/** What a typist may put in any position of the printed form. */
const TYPED_CHARACTERS = [...'0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ-'];

function swapped(text: string, i: number): string {
  return text.slice(0, i) + text.charAt(i + 1) + text.charAt(i) + text.slice(i + 2);
}

/** KE26T3F00042O → KE26-T3F-00042-O */
function withHyphens(compact: string): string {
  return `${compact.slice(0, 4)}-${compact.slice(4, 7)}-${compact.slice(7, 12)}-${compact.slice(12)}`;
}

describe('typing errors', () => {
  it('every single-character substitution, at any position, by any other character, is refused', () => {
    fc.assert(
      fc.property(permitNumberParts, (parts) => {
        const text = formatted(parts);
        for (let i = 0; i < text.length; i++) {
          for (const other of TYPED_CHARACTERS) {
            if (other === text[i]) continue;
            const mistyped = text.slice(0, i) + other + text.slice(i + 1);
            expect(parsePermitNumber(mistyped).ok, mistyped).toBe(false);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it('every adjacent transposition of two different characters is refused, in the printed and in the hyphen-free order', () => {
    fc.assert(
      fc.property(permitNumberParts, (parts) => {
        const text = formatted(parts);
        for (let i = 0; i + 1 < text.length; i++) {
          if (text[i] !== text[i + 1]) expect(parsePermitNumber(swapped(text, i)).ok, swapped(text, i)).toBe(false);
        }
        const compact = text.replaceAll('-', '');
        for (let i = 0; i + 1 < compact.length; i++) {
          const mistyped = withHyphens(swapped(compact, i));
          if (compact[i] !== compact[i + 1]) expect(parsePermitNumber(mistyped).ok, mistyped).toBe(false);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('format then parse gives back the parts', () => {
    fc.assert(
      fc.property(permitNumberParts, (parts) => {
        expect(parsePermitNumber(formatted(parts))).toEqual({ ok: true, value: parts });
      }),
    );
  });

  it('lower case and surrounding spaces are what an inspector types, and are accepted', () => {
    expect(parsePermitNumber('  ke26-t3f-00042-o\t')).toEqual({ ok: true, value: KE_42 });
    expect(parsePermitNumber('Ke26-T3f-00042-o')).toEqual({ ok: true, value: KE_42 });
  });
});

describe('bad input says what is wrong', () => {
  it.each<[string, PermitNumberErrorCode]>([
    ['', 'permit-number.length'],
    ['   ', 'permit-number.length'],
    ['KE26-T3F-00042', 'permit-number.length'],
    ['KE26-T3F-0042-O', 'permit-number.length'],
    ['KE26-T3F-000042-O', 'permit-number.length'],
    ['KE26T3F00042O', 'permit-number.length'],
    ['KE26-T3F-00042-O-', 'permit-number.length'],
    ['KE26 T3F 00042 O', 'permit-number.invalid-character'],
    ['KE26_T3F_00042_O', 'permit-number.invalid-character'],
    ['KE26/T3F/00042/O', 'permit-number.invalid-character'],
    ['KÉ26-T3F-00042-O', 'permit-number.invalid-character'],
    ['KE26-T3F-00042-O\u00a0X', 'permit-number.invalid-character'],
    ['KE26–T3F–00042–O', 'permit-number.invalid-character'],
    ['K226-T3F-00042-O', 'permit-number.format'],
    ['KEA6-T3F-00042-O', 'permit-number.format'],
    ['KE2-6T3F-00042-O', 'permit-number.format'],
    ['KE26-T3F-0004A-O', 'permit-number.format'],
    ['KE26-T3F--0042-O', 'permit-number.format'],
    ['QQ26-T3F-00042-O', 'permit-number.unknown-party'],
    ['ZZ26-T3F-00042-O', 'permit-number.unknown-party'],
    ['KE26-T0F-00042-O', 'permit-number.invalid-device-code'],
    ['KE26-TOF-00042-O', 'permit-number.invalid-device-code'],
    ['KE26-T1F-00042-O', 'permit-number.invalid-device-code'],
    ['KE26-TIF-00042-O', 'permit-number.invalid-device-code'],
    ['KE26-T3F-00000-O', 'permit-number.invalid-sequence'],
    ['KE26-T3F-00042-7', 'permit-number.check-character-mismatch'],
    ['KE26-T3F-00024-O', 'permit-number.check-character-mismatch'],
  ])('parse %j → %s', (text, code) => {
    expect(parseErrorCode(text)).toBe(code);
  });

  it.each<[Partial<PermitNumberParts>, PermitNumberErrorCode]>([
    [{ sequence: 99_999 + 1 }, 'permit-number.invalid-sequence'],
    [{ sequence: 0 }, 'permit-number.invalid-sequence'],
    [{ sequence: -1 }, 'permit-number.invalid-sequence'],
    [{ sequence: 4.2 }, 'permit-number.invalid-sequence'],
    [{ year: 1999 }, 'permit-number.invalid-year'],
    [{ year: 2100 }, 'permit-number.invalid-year'],
    [{ year: 26 }, 'permit-number.invalid-year'],
    [{ year: Number.NaN }, 'permit-number.invalid-year'],
    [{ party: 'ke' }, 'permit-number.unknown-party'],
    [{ party: 'KEN' }, 'permit-number.unknown-party'],
    [{ party: 'QQ' }, 'permit-number.unknown-party'],
    [{ device: 't3f' }, 'permit-number.invalid-device-code'],
    [{ device: 'T3' }, 'permit-number.invalid-device-code'],
    [{ device: 'T3FF' }, 'permit-number.invalid-device-code'],
    [{ device: 'O3F' }, 'permit-number.invalid-device-code'],
  ])('format with %o → %s', (change, code) => {
    expect(formatErrorCode({ ...KE_42, ...change })).toBe(code);
  });

  it('the last sequence of a year still formats', () => {
    expect(formatted({ ...KE_42, sequence: 99_999 })).toMatch(/^KE26-T3F-99999-[0-9A-Z]$/);
    expect(formatted({ ...KE_42, year: 2000, sequence: 1 })).toMatch(/^KE00-T3F-00001-[0-9A-Z]$/);
  });

  it('messages name the offending part, in English, French and Spanish', () => {
    const result = parsePermitNumber('KE26-T3F-00042-O\u00a0X');
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message.en).toContain('U+00A0');
    expect(result.error.message.en).toContain('position 17');
    expect(result.error.message.fr).toContain('position 17');
    expect(result.error.message.es).toContain('posición 17');
    const party = formatPermitNumber({ ...KE_42, party: 'QQ' });
    expect(party.ok ? undefined : party.error.message).toEqual({
      en: '"QQ" is not the ISO 3166 code of a CITES Party.',
      fr: '« QQ » n’est pas le code ISO 3166 d’une Partie à la CITES.',
      es: '«QQ» no es el código ISO 3166 de una Parte en la CITES.',
    });
  });
});

describe('permitNumberSchema', () => {
  it('accepts a number in its printed form', () => {
    expect(permitNumberSchema.parse('KE26-T3F-00042-O')).toBe('KE26-T3F-00042-O');
  });

  it.each<[string, PermitNumberErrorCode]>([
    ['ke26-t3f-00042-o', 'permit-number.not-canonical'],
    [' KE26-T3F-00042-O', 'permit-number.not-canonical'],
    ['KE26-T3F-00042-7', 'permit-number.check-character-mismatch'],
    ['KE26', 'permit-number.length'],
  ])('refuses %j with the code %s and the three-language message', (text, code) => {
    const result = permitNumberSchema.safeParse(text);
    expect(result.success).toBe(false);
    const issue = result.error?.issues[0];
    expect(issue?.code).toBe('custom');
    expect(issue && 'params' in issue ? issue.params : undefined).toMatchObject({ code, message: { en: issue?.message } });
  });

  it('refuses what is not a string', () => {
    expect(permitNumberSchema.safeParse(42).success).toBe(false);
  });
});
