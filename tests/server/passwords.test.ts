import { describe, expect, it } from 'vitest';
import { generateOneTimePassword } from '../../src/server/identity/one-time-password.ts';
import { DEFAULT_PASSWORD_ITERATIONS, hashPassword, verifyPassword } from '../../src/server/identity/password-hash.ts';
import { isCommonPassword, passwordProblem } from '../../src/server/identity/password-policy.ts';
import { DEFAULT_ROOT_KEY_LOG_N, openRootKey, sealRootKey } from '../../src/server/identity/root-key-cipher.ts';
import { accountBackoff, addressBackoff, backoffDelay } from '../../src/server/identity/sign-in-backoff.ts';

describe('password hashing', () => {
  it('defaults to PBKDF2-SHA256 with 600,000 iterations (OWASP 2023)', () => {
    expect(DEFAULT_PASSWORD_ITERATIONS).toBe(600_000);
  });

  it('stores a versioned string with a per-user salt, and verifies', async () => {
    const first = await hashPassword('Tsavo-river-at-dawn', 1000);
    const second = await hashPassword('Tsavo-river-at-dawn', 1000);
    expect(first).toMatch(/^pbkdf2-sha256\$1000\$[A-Za-z0-9+/=]{24}\$[A-Za-z0-9+/=]{44}$/);
    expect(first).not.toBe(second);
    expect(await verifyPassword('Tsavo-river-at-dawn', first)).toBe(true);
    expect(await verifyPassword('tsavo-river-at-dawn', first)).toBe(false);
  });

  it('verifies with the iterations stored in the hash, so the default can be raised later', async () => {
    const old = await hashPassword('Tsavo-river-at-dawn', 2000);
    expect(await verifyPassword('Tsavo-river-at-dawn', old)).toBe(true);
  });

  it.each(['', 'md5$x', 'pbkdf2-sha256$abc$AAAA$AAAA', 'pbkdf2-sha256$0$AAAA$AAAA'])('verifies nothing against an unreadable hash %j', async (stored) => {
    expect(await verifyPassword('anything at all', stored)).toBe(false);
  });
});

describe('password policy (NIST SP 800-63B)', () => {
  it('needs at least 12 characters, counted as characters, not bytes', () => {
    expect(passwordProblem('elevenchars', 'u')).toMatch(/at least 12/);
    expect(passwordProblem('ñandú-ñandú', 'u')).toMatch(/at least 12/);
    expect(passwordProblem('twelve chars', 'u')).toBeUndefined();
  });

  it('has no composition rules: a long lower-case phrase passes', () => {
    expect(passwordProblem('acacia trees at sunset', 'kamau')).toBeUndefined();
  });

  it.each(['password1234', 'PASSWORD1234', 'Password1234', 'qwerty123456', '1q2w3e4r5t6y', 'hornbill2026', '123456789012', 'iloveyou1234'])(
    'refuses the common password %s, case-insensitively',
    (password) => {
      expect(passwordProblem(password, 'kamau')).toBe('this password is on the list of commonly used passwords');
    },
  );

  it('ships a list of several thousand common passwords', () => {
    expect(isCommonPassword('letmein12345')).toBe(true);
    expect(isCommonPassword('acacia trees at sunset')).toBe(false);
  });

  it('refuses a password containing the username, and absurdly long ones', () => {
    expect(passwordProblem('kamau-is-my-name', 'Kamau')).toMatch(/username/);
    expect(passwordProblem('x'.repeat(257), 'kamau')).toMatch(/at most 256/);
  });

  it('makes one-time passwords that pass the policy', () => {
    const password = generateOneTimePassword();
    expect(password).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
    expect(passwordProblem(password, 'admin')).toBeUndefined();
  });
});

describe('root key at rest', () => {
  it('uses scrypt N=2^17 by default', () => {
    expect(DEFAULT_ROOT_KEY_LOG_N).toBe(17);
  });

  it('opens with the passphrase and the Party, and not otherwise', async () => {
    const seed = new Uint8Array(32).fill(42);
    const sealed = await sealRootKey(seed, 'correct horse battery staple', 'KE', 10);
    expect(sealed).not.toContain(Buffer.from(seed).toString('base64'));
    expect(await openRootKey(sealed, 'correct horse battery staple', 'KE')).toEqual(seed);
    expect(await openRootKey(sealed, 'correct horse battery stable', 'KE')).toBeUndefined();
    expect(await openRootKey(sealed, 'correct horse battery staple', 'UG')).toBeUndefined();
  });

  it('refuses a sealed key with any character of its ciphertext changed', async () => {
    const sealed = await sealRootKey(new Uint8Array(32).fill(1), 'correct horse battery staple', 'KE', 10);
    const cut = sealed.lastIndexOf('$') + 3;
    const altered = sealed.slice(0, cut) + (sealed[cut] === 'A' ? 'B' : 'A') + sealed.slice(cut + 1);
    expect(await openRootKey(altered, 'correct horse battery staple', 'KE')).toBeUndefined();
  });
});

describe('sign-in back-off', () => {
  it('lets 3 account failures pass, then doubles from 1 s up to 15 min', () => {
    expect([2, 3, 4, 5, 12, 13, 30].map((failures) => backoffDelay(failures, accountBackoff))).toEqual([
      0, 1_000, 2_000, 4_000, 512_000, 900_000, 900_000,
    ]);
  });

  it('lets 10 address failures pass, then doubles up to 1 h', () => {
    expect([9, 10, 11, 30].map((failures) => backoffDelay(failures, addressBackoff))).toEqual([0, 1_000, 2_000, 3_600_000]);
  });
});
