import { describe, expect, it } from 'vitest';
import { pullTrustList } from '../../../src/app/auth/pull-trust-list.ts';
import { latestTrustList } from '../../../src/app/auth/trust-lists.ts';
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import { toBase64 } from '../../../src/core/crypto/base64.ts';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { signTrustList } from '../../../src/core/trust/trust-list.ts';
import { rootSeed } from './fake-hq.ts';

const now = new Date('2026-11-26T08:00:00Z');
const otherRootSeed = Uint8Array.from({ length: 32 }, (_, i) => 99 - i);

const listOf = (version: number, seed = rootSeed, party = 'KE') =>
  signTrustList(seed, { party, version, issuedAt: 1_700_000_000_000 + version, certificates: [], revocations: [] });

/** HQ answering with these bytes (or a 304 when the device already has the ETag it sends). */
function hqServing(bytes: Uint8Array, etag: string) {
  return (_input: RequestInfo | URL, init?: RequestInit) => {
    const sent = new Headers(init?.headers).get('if-none-match');
    if (sent === etag) return Promise.resolve(new Response(null, { status: 304 }));
    return Promise.resolve(new Response(new Uint8Array(bytes), { status: 200, headers: { etag, 'content-type': 'application/cbor' } }));
  };
}

async function account() {
  return { party: 'KE', rootPublicKey: toBase64(await ed25519PublicKey(rootSeed)) };
}

async function heldState(db: HornbillDb) {
  return db.trustLists.toArray();
}

describe('trust list pull', () => {
  it('stores a newer valid list, and answers a 304 by only noting the check', async () => {
    const db = openHornbillDb('hornbill-test-pull-newer');
    expect(await pullTrustList(hqServing(await listOf(3), '"v3"'), db, await account(), now)).toEqual({ kind: 'stored', version: 3 });
    const later = new Date(now.getTime() + 60_000);
    expect(await pullTrustList(hqServing(await listOf(3), '"v3"'), db, await account(), later)).toEqual({ kind: 'unchanged', version: 3 });
    expect(await latestTrustList(db, 'KE')).toMatchObject({ version: 3, etag: '"v3"', checkedAt: later.toISOString() });
    expect(await pullTrustList(hqServing(await listOf(4), '"v4"'), db, await account(), later)).toEqual({ kind: 'stored', version: 4 });
    expect((await latestTrustList(db, 'KE'))?.version).toBe(4);
    db.close();
  });

  it('refuses a tampered, downgraded, foreign-rooted or other Party’s list with a reason, changing nothing', async () => {
    const db = openHornbillDb('hornbill-test-pull-refused');
    await pullTrustList(hqServing(await listOf(5), '"v5"'), db, await account(), now);
    const before = await heldState(db);

    const tampered = await listOf(6);
    tampered[tampered.length - 3] = (tampered[tampered.length - 3] ?? 0) ^ 0x01;
    const cases: [Uint8Array, RegExp][] = [
      [tampered, /signature does not verify/],
      [await listOf(4), /downgrade: version 4 is older than version 5/],
      [await listOf(5, rootSeed, 'KE').then((bytes) => bytes.slice(0, bytes.length - 1)), /trust list/],
      [await listOf(7, otherRootSeed), /different root key/],
      [await listOf(8, rootSeed, 'TZ'), /Party TZ's, not KE's/],
    ];
    for (const [bytes, reason] of cases) {
      const result = await pullTrustList(hqServing(bytes, '"other"'), db, await account(), new Date(now.getTime() + 1000));
      expect(result.kind).toBe('refused');
      if (result.kind === 'refused') expect(result.reason).toMatch(reason);
      expect(await heldState(db)).toEqual(before);
    }
    db.close();
  });
});
