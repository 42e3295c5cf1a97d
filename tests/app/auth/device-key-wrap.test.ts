// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { unwrapDeviceKey, wrapDeviceKey } from '../../../src/app/auth/device-key-wrap.ts';
import { parseBase64, toBase64 } from '../../../src/core/crypto/base64.ts';

const seed = Uint8Array.from({ length: 32 }, (_, i) => i * 7 + 1);
const owner = 'user:amina|device:T3F';

describe('device key wrapping', () => {
  it('opens with the right password and owner, and the stored record holds no plaintext seed', async () => {
    const wrapped = await wrapDeviceKey({ seed, password: 'correct horse battery', owner });
    expect(wrapped.iterations).toBe(600_000);
    expect(JSON.stringify(wrapped)).not.toContain(toBase64(seed));
    expect(await unwrapDeviceKey(wrapped, 'correct horse battery', owner)).toEqual(seed);
  });

  it('refuses a wrong password, another owner, or an altered record', async () => {
    const wrapped = await wrapDeviceKey({ seed, password: 'correct horse battery', owner });
    expect(await unwrapDeviceKey(wrapped, 'correct horse batterY', owner)).toBeNull();
    expect(await unwrapDeviceKey(wrapped, 'correct horse battery', 'user:bob|device:T3F')).toBeNull();
    const ciphertext = parseBase64(wrapped.ciphertext) ?? new Uint8Array(0);
    ciphertext[5] = (ciphertext[5] ?? 0) ^ 1;
    expect(await unwrapDeviceKey({ ...wrapped, ciphertext: toBase64(ciphertext) }, 'correct horse battery', owner)).toBeNull();
  });

  it('refuses records below the OWASP iteration count or of the wrong shape, without trying them', async () => {
    const wrapped = await wrapDeviceKey({ seed, password: 'pw', owner });
    expect(await unwrapDeviceKey({ ...wrapped, iterations: 1000 }, 'pw', owner)).toBeNull();
    expect(await unwrapDeviceKey({ ...wrapped, iv: 'AAAA' }, 'pw', owner)).toBeNull();
    expect(await unwrapDeviceKey('not a record', 'pw', owner)).toBeNull();
    await expect(wrapDeviceKey({ seed, password: 'pw', owner, iterations: 10 })).rejects.toThrow();
    await expect(wrapDeviceKey({ seed: seed.slice(1), password: 'pw', owner })).rejects.toThrow(/32 bytes/);
  });
});
