import { describe, expect, it } from 'vitest';
import { decodeCbor, encodeCbor } from '../../../src/core/crypto/cbor.ts';
import { CborTagged } from '../../../src/core/crypto/cbor.ts';
import { sha256 } from '../../../src/core/crypto/sha256.ts';
import { utf8ToBytes } from '../../../src/core/crypto/bytes.ts';
import { signCoseDocument } from '../../../src/core/trust/cose-document.ts';
import { lookUpPermitStatus } from '../../../src/core/trust/status-list-lookup.ts';
import { permitNumberHash } from '../../../src/core/trust/status-list-permit-hash.ts';
import { signStatusList, type ListedPermit } from '../../../src/core/trust/status-list.ts';
import { signTrustList } from '../../../src/core/trust/trust-list.ts';
import { verifyStatusList } from '../../../src/core/trust/verify-status-list.ts';
import { verifyTrustList } from '../../../src/core/trust/verify-trust-list.ts';
import { otherRootSeed, rootSeed, t0 } from './fixture.ts';

async function trustListOf(seed: Uint8Array, party = 'KE') {
  const verified = await verifyTrustList(await signTrustList(seed, { party, version: 1, issuedAt: t0, certificates: [], revocations: [] }));
  if (!verified.ok) throw new Error(verified.reason);
  return verified.value;
}

const permits: ListedPermit[] = [
  { permitNumber: 'KE26-T3F-00042-O', status: 'cancelled', at: t0 + 1000 },
  { permitNumber: 'KE26-T3F-00043-M', status: 'endorsed', at: t0 + 2000, place: 'Mombasa' },
  { permitNumber: 'KE26-T3F-00044-K', status: 'replaced', at: t0 + 3000 },
];

function signed(list: readonly ListedPermit[] = permits, party = 'KE') {
  return signStatusList(rootSeed, { party, version: 3, issuedAt: t0 + 5000, permits: list });
}

describe('status list', () => {
  it('files a permit under the first 8 bytes of SHA-256 of its number', () => {
    expect(permitNumberHash('KE26-T3F-00042-O')).toEqual(sha256(utf8ToBytes('KE26-T3F-00042-O')).slice(0, 8));
  });

  it('signs, verifies and looks up every listed permit with its act, time and place', async () => {
    const verified = await verifyStatusList(await signed(), await trustListOf(rootSeed));
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.value).toMatchObject({ party: 'KE', version: 3, issuedAt: t0 + 5000 });
    expect(lookUpPermitStatus(verified.value, 'KE26-T3F-00042-O')).toMatchObject({ status: 'cancelled', at: t0 + 1000, place: null });
    expect(lookUpPermitStatus(verified.value, 'KE26-T3F-00043-M')).toMatchObject({ status: 'endorsed', place: 'Mombasa' });
    expect(lookUpPermitStatus(verified.value, 'KE26-T3F-00044-K')).toMatchObject({ status: 'replaced' });
    expect(lookUpPermitStatus(verified.value, 'KE26-T3F-00045-H')).toBeUndefined();
  });

  it('keeps only the latest act of a permit listed twice', async () => {
    const list = [...permits, { permitNumber: 'KE26-T3F-00043-M', status: 'replaced' as const, at: t0 + 9000 }];
    const verified = await verifyStatusList(await signed(list), await trustListOf(rootSeed));
    if (!verified.ok) throw new Error(verified.reason);
    expect(verified.value.entries).toHaveLength(3);
    expect(lookUpPermitStatus(verified.value, 'KE26-T3F-00043-M')?.status).toBe('replaced');
  });

  it('looks up in a large list', async () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ permitNumber: `N${i}`, status: 'cancelled' as const, at: t0 + i }));
    const verified = await verifyStatusList(await signed(many), await trustListOf(rootSeed));
    if (!verified.ok) throw new Error(verified.reason);
    for (const i of [0, 1, 777, 1999]) expect(lookUpPermitStatus(verified.value, `N${i}`)?.at).toBe(t0 + i);
    expect(lookUpPermitStatus(verified.value, 'N2000')).toBeUndefined();
  });

  it('refuses a list signed by another root key', async () => {
    const verified = await verifyStatusList(await signed(), await trustListOf(otherRootSeed));
    expect(verified).toEqual({ ok: false, reason: 'status list: the root key signature does not verify' });
  });

  it('refuses a list of another Party than the trust list', async () => {
    const verified = await verifyStatusList(await signed(permits, 'TZ'), await trustListOf(rootSeed));
    expect(verified.ok ? '' : verified.reason).toMatch(/Party TZ/);
  });

  it('refuses every single-bit flip with a reason', async () => {
    const bytes = await signed();
    const trustList = await trustListOf(rootSeed);
    for (let bit = 0; bit < bytes.length * 8; bit += 7) {
      const tampered = bytes.slice();
      tampered[bit >> 3] = (tampered[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      const verified = await verifyStatusList(tampered, trustList);
      expect(verified.ok, `bit ${bit}`).toBe(false);
      expect(verified.ok ? '' : verified.reason).toMatch(/^status list: /);
    }
  });

  it('refuses unsorted entries even when properly signed', async () => {
    const bytes = await signed();
    const message = decodeCbor(bytes, { tags: [18] });
    if (!(message instanceof CborTagged) || !Array.isArray(message.value)) throw new Error('not a COSE_Sign1');
    const body = decodeCbor(message.value[2] as Uint8Array) as Map<string, unknown>;
    const entries = body.get('entries') as unknown[];
    body.set('entries', [...entries].reverse());
    const resigned = await signCoseDocument(rootSeed, encodeCbor(body));
    const verified = await verifyStatusList(resigned, await trustListOf(rootSeed));
    expect(verified.ok ? '' : verified.reason).toMatch(/out of order/);
  });
});
