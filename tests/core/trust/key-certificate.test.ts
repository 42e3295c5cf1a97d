import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../../src/core/crypto/cbor.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { sha256 } from '../../../src/core/crypto/sha256.ts';
import { kidOf, signKeyCertificate, verifyKeyCertificate } from '../../../src/core/trust/key-certificate.ts';
import { certificate, certificateBody, otherRootSeed, rootSeed } from './fixture.ts';

describe('key certificates', () => {
  it('derive kid from the first 8 bytes of SHA-256 over the deterministic CBOR body', async () => {
    const body = await certificateBody();
    const { party, role, user, device, publicKey, notBefore, notAfter } = body;
    const expected = sha256(encodeCbor({ party, role, user, device, publicKey, notBefore, notAfter })).slice(0, 8);
    expect(kidOf(body)).toEqual(expected);
    expect((await certificate()).kid).toEqual(expected);
  });

  it('verify under the root key that signed them', async () => {
    const signed = await certificate();
    const verified = await verifyKeyCertificate(signed.signed, await ed25519PublicKey(rootSeed));
    expect(verified).toMatchObject({ ok: true, value: { party: 'KE', role: 'approver', device: 'T3F' } });
  });

  it('are refused under another root key', async () => {
    const signed = await certificate();
    expect(await verifyKeyCertificate(signed.signed, await ed25519PublicKey(otherRootSeed))).toEqual({
      ok: false,
      reason: 'key certificate: the root key signature does not verify',
    });
  });

  it('are refused after any single byte is flipped', async () => {
    const signed = (await certificate()).signed;
    const root = await ed25519PublicKey(rootSeed);
    for (let index = 0; index < signed.length; index++) {
      const tampered = signed.slice();
      tampered[index] = (tampered[index] ?? 0) ^ 0x01;
      expect((await verifyKeyCertificate(tampered, root)).ok, `byte ${index}`).toBe(false);
    }
  });

  it('cannot be made with notAfter before notBefore or an unknown role', async () => {
    await expect(signKeyCertificate(rootSeed, await certificateBody({ notAfter: 0 }))).rejects.toThrow(/notBefore/);
    const body = { ...(await certificateBody()), role: 'king' } as unknown as Parameters<typeof signKeyCertificate>[1];
    await expect(signKeyCertificate(rootSeed, body)).rejects.toThrow();
  });
});
