import { describe, expect, it } from 'vitest';
import { encodeCbor } from '../../../src/core/crypto/cbor.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { signCoseDocument } from '../../../src/core/trust/cose-document.ts';
import { rootKeyFingerprint } from '../../../src/core/trust/fingerprint.ts';
import { signTrustList } from '../../../src/core/trust/trust-list.ts';
import { verifyTrustList } from '../../../src/core/trust/verify-trust-list.ts';
import { certificate, day, otherRootSeed, rootSeed, t0 } from './fixture.ts';

async function sampleList(): Promise<Uint8Array> {
  const first = await certificate();
  const second = await certificate({ device: 'K7P', role: 'inspector' });
  return signTrustList(rootSeed, {
    party: 'KE',
    version: 3,
    issuedAt: t0 + 10 * day,
    certificates: [first, second],
    revocations: [{ kid: second.kid, revokedAt: t0 + 5 * day, reason: 'user removed' }],
  });
}

describe('trust lists', () => {
  it('round-trip through signing and verification', async () => {
    const verified = await verifyTrustList(await sampleList(), await ed25519PublicKey(rootSeed));
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.value).toMatchObject({ party: 'KE', version: 3, issuedAt: t0 + 10 * day });
    expect(verified.value.certificates.map((entry) => entry.device)).toEqual(['T3F', 'K7P']);
    expect(verified.value.revocations).toHaveLength(1);
  });

  it('are refused after any single byte is flipped (every bit of every byte)', async () => {
    const bytes = await sampleList();
    for (let index = 0; index < bytes.length; index++) {
      for (const mask of [0x01, 0x80]) {
        const tampered = bytes.slice();
        tampered[index] = (tampered[index] ?? 0) ^ mask;
        const verdict = await verifyTrustList(tampered);
        expect(verdict.ok, `byte ${index} ^ ${mask}`).toBe(false);
      }
    }
  });

  it('are refused when truncated, extended or empty, with a reason', async () => {
    const bytes = await sampleList();
    for (const broken of [bytes.slice(0, -1), new Uint8Array([...bytes, 0]), new Uint8Array(0), new Uint8Array([0xd2])]) {
      const verdict = await verifyTrustList(broken);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toMatch(/^trust list: /);
    }
  });

  it('are refused when signed under a root key other than the expected one', async () => {
    expect(await verifyTrustList(await sampleList(), await ed25519PublicKey(otherRootSeed))).toEqual({
      ok: false,
      reason: 'trust list: signed under a different root key than the one expected',
    });
  });

  it('are refused when they carry a certificate signed by another root', async () => {
    const foreign = await certificate({}, otherRootSeed);
    const bytes = await signTrustList(rootSeed, { party: 'KE', version: 1, issuedAt: t0, certificates: [foreign], revocations: [] });
    expect(await verifyTrustList(bytes)).toEqual({ ok: false, reason: 'trust list: certificate 0: key certificate: the root key signature does not verify' });
  });

  it('are refused when a certificate is for another Party, listed twice, or a revocation names an unknown kid', async () => {
    const kenyan = await certificate();
    const ugandan = await certificate({ party: 'UG' });
    const cases = [
      { certificates: [ugandan], revocations: [], reason: /is for Party UG/ },
      { certificates: [kenyan, kenyan], revocations: [], reason: /listed twice/ },
      { certificates: [], revocations: [{ kid: kenyan.kid, revokedAt: t0, reason: 'x' }], reason: /not listed/ },
    ];
    for (const { certificates, revocations, reason } of cases) {
      const bytes = await signTrustList(rootSeed, { party: 'KE', version: 1, issuedAt: t0, certificates, revocations });
      const verdict = await verifyTrustList(bytes);
      expect(verdict.ok).toBe(false);
      if (!verdict.ok) expect(verdict.reason).toMatch(reason);
    }
  });

  it('are refused when the payload breaks the schema even though the signature holds', async () => {
    const payload = encodeCbor({ format: 1, party: 'Kenya', version: 1, issuedAt: t0, rootPublicKey: await ed25519PublicKey(rootSeed), certificates: [], revocations: [] });
    const verdict = await verifyTrustList(await signCoseDocument(rootSeed, payload));
    expect(verdict).toEqual({ ok: false, reason: 'trust list: party: party must be an ISO 3166-1 alpha-2 code' });
  });

  it('have a root key fingerprint of 16 groups of 4 hex digits', async () => {
    const fingerprint = rootKeyFingerprint(await ed25519PublicKey(rootSeed));
    expect(fingerprint).toMatch(/^[0-9A-F]{4}( [0-9A-F]{4}){15}$/);
    expect(fingerprint).not.toBe(rootKeyFingerprint(await ed25519PublicKey(otherRootSeed)));
  });
});
