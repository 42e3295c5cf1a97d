import { describe, expect, it } from 'vitest';
import { ed25519PublicKey } from '../../../src/core/crypto/ed25519.ts';
import { encodeDocumentPayload, signCoseDocument } from '../../../src/core/trust/cose-document.ts';
import { openSyncRequest, signSyncRequest, type SyncRequest } from '../../../src/core/sync/signed-request.ts';

const deviceSeed = new Uint8Array(32).fill(7);
const otherSeed = new Uint8Array(32).fill(9);

const head = { v: 1, device: 'T3F', nonce: new Uint8Array(16).fill(1), sentAt: 1_780_000_000_000, pending: 3 } as const;
const pull: SyncRequest = {
  ...head,
  kind: 'pull',
  pull: { cursor: 0, treeSize: 0, trustListVersion: 2, statusListVersion: 0, quotaSharesVersion: 0, limit: 500 },
};

describe('signed sync requests', () => {
  it('open to the request that was signed, and verify only under the device key that signed them', async () => {
    const opened = openSyncRequest(await signSyncRequest(deviceSeed, pull));
    if (!opened.ok) throw new Error(opened.reason);
    expect(opened.value.request).toEqual(pull);
    expect(await opened.value.verify(await ed25519PublicKey(deviceSeed))).toBe(true);
    expect(await opened.value.verify(await ed25519PublicKey(otherSeed))).toBe(false);
  });

  it('do not verify once a single byte of the payload is changed', async () => {
    const bytes = await signSyncRequest(deviceSeed, pull);
    const publicKey = await ed25519PublicKey(deviceSeed);
    let verifiedAltered = 0;
    for (let index = 0; index < bytes.length; index++) {
      const altered = bytes.slice();
      altered[index] = (altered[index] ?? 0) ^ 0x01;
      const opened = openSyncRequest(altered);
      if (opened.ok && (await opened.value.verify(publicKey))) verifiedAltered++;
    }
    expect(verifiedAltered).toBe(0);
  });

  it('cannot be signed when they break the schema, and are refused when opened with the field named', async () => {
    await expect(signSyncRequest(deviceSeed, { ...head, kind: 'pull', pull: { cursor: 0, treeSize: 0, trustListVersion: 0, statusListVersion: 0, quotaSharesVersion: 0, limit: 5000 } })).rejects.toThrow();
    const withoutNonce = Object.fromEntries(Object.entries(pull).filter(([key]) => key !== 'nonce'));
    const unsigned = await signCoseDocument(deviceSeed, encodeDocumentPayload(withoutNonce));
    const opened = openSyncRequest(unsigned);
    expect(opened.ok === false && opened.reason).toMatch(/^sync request: nonce: /);
    expect(openSyncRequest(new Uint8Array([0xa0])).ok).toBe(false);
  });

  it('cannot carry a push without entries or with more than the batch limit', async () => {
    const push = (count: number): SyncRequest => ({ ...head, kind: 'push', push: { entries: Array.from({ length: count }, () => new Uint8Array(10)) } });
    await expect(signSyncRequest(deviceSeed, push(0))).rejects.toThrow();
    await expect(signSyncRequest(deviceSeed, push(501))).rejects.toThrow();
    expect(openSyncRequest(await signSyncRequest(deviceSeed, push(500))).ok).toBe(true);
  });
});
