import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { appendToDeviceChain, startDeviceChain, tipAfter, type DeviceChainTip } from '../../../src/core/log/device-chain.ts';
import { createEntry, decodeEntry, type SignedEntry } from '../../../src/core/log/entry.ts';
import { GENESIS_PREV } from '../../../src/core/log/entry-schema.ts';
import { verifyDeviceLog, type DeviceLogCheck, type DeviceLogVerdict } from '../../../src/core/log/verify-device-log.ts';
import { startHlc, tickLocal } from '../../../src/core/time/hlc.ts';
import { T0, draftAt, lookupOf, signedChain, testHolder } from './audit-log-fixtures.ts';

const LENGTH = 10;
const officer = await testHolder(1, 'T3F', 'wanjiru.k', 'officer');
const otherDevice = await testHolder(2, 'K9X', 'otieno.m', 'officer');
const approver = await testHolder(3, 'T3F', 'achieng.o', 'approver');
const lookup = lookupOf([officer, otherDevice, approver]);
const chain = await signedChain(officer, LENGTH);
const foreignChain = await signedChain(otherDevice, LENGTH);
/** forkAt[i]: signed with the device's own key, fits the chain at seq i (right prev and HLC), yet is not chain[i]. */
const forkAt = await Promise.all(chain.map((_, i) => createEntry({
  ...draftAt(i, officer, 'forked'), v: 1, device: 'T3F', seq: i, prev: chain[i - 1]?.id ?? GENESIS_PREV,
}, officer.key)));
const lastTip = (() => {
  const decoded = decodeEntry(chain[LENGTH - 1]?.bytes ?? new Uint8Array(0));
  if (!decoded.ok) throw new Error('fixture');
  return tipAfter(decoded.value.entry, decoded.value.id);
})();
const knownHead = { seq: LENGTH - 1, id: lastTip.prev };
const bytesOf = (entries: readonly SignedEntry[]) => entries.map((entry) => entry.bytes);

/** `anchored`: with the known head, so that a cut-off tail is detected too. */
function check(overrides: Partial<DeviceLogCheck> = {}, anchored = true): DeviceLogCheck {
  return { device: 'T3F', lookup, ...(anchored ? { knownHead } : {}), ...overrides };
}

function failureOf(verdict: DeviceLogVerdict): { index: number; code: string } {
  if (verdict.ok) throw new Error('expected the log to be refused');
  return { index: verdict.index, code: verdict.error.code };
}

describe('device log verification', () => {
  it('accepts a whole chain and returns its tip', async () => {
    const verdict = await verifyDeviceLog(bytesOf(chain), check());
    expect(verdict).toEqual({ ok: true, count: LENGTH, tip: lastTip });
  });

  it('accepts an empty log and a log that starts mid-chain', async () => {
    expect((await verifyDeviceLog([], check({}, false))).ok).toBe(true);
    const decoded = decodeEntry(chain[3]?.bytes ?? new Uint8Array(0));
    if (!decoded.ok) throw new Error('fixture');
    const start: DeviceChainTip = tipAfter(decoded.value.entry, decoded.value.id);
    expect((await verifyDeviceLog(bytesOf(chain.slice(4)), check({ start }))).ok).toBe(true);
    expect(failureOf(await verifyDeviceLog(bytesOf(chain.slice(5)), check({ start })))).toEqual({ index: 0, code: 'chain.seq-gap' });
  });

  it('appends with the clock of src/core/time, ticked for each act', async () => {
    let clock = startHlc('T3F', T0);
    let tip = startDeviceChain('T3F');
    const entries: Uint8Array[] = [];
    for (const wall of [T0 + 5, T0 - 60_000, T0 - 60_000]) {
      clock = tickLocal(clock, wall);
      const next = await appendToDeviceChain(tip, { ...draftAt(0, officer), hlc: clock, wallTime: wall }, officer.key);
      entries.push(next.signed.bytes);
      tip = next.tip;
    }
    expect(tip.hlc).toEqual({ wallMs: T0 + 5, counter: 2 });
    expect((await verifyDeviceLog(entries, check({}, false))).ok).toBe(true);
  });

  it('reports progress every N entries and at the end, awaiting the callback', async () => {
    const calls: [number, number][] = [];
    await verifyDeviceLog(bytesOf(chain), check({
      progressEvery: 4,
      onProgress: async (done, total) => {
        calls.push([done, total]);
        await Promise.resolve();
      },
    }));
    expect(calls).toEqual([[4, 10], [8, 10], [10, 10]]);
  });

  it('refuses an unknown key, a key certified for someone else, and a bad signature', async () => {
    const unknown = await testHolder(9, 'T3F', 'wanjiru.k', 'officer');
    const byUnknown = await signedChain(unknown, 2);
    expect(failureOf(await verifyDeviceLog(bytesOf(byUnknown), check({}, false)))).toEqual({ index: 0, code: 'key.not-valid' });
    // The approver's key signing an entry that names the officer.
    const impostor = await createEntry({ ...draftAt(0, officer), v: 1, device: 'T3F', seq: 0, prev: GENESIS_PREV }, approver.key);
    expect(failureOf(await verifyDeviceLog([impostor.bytes], check({}, false)))).toEqual({ index: 0, code: 'key.wrong-holder' });
    const wrongKeyLookup = lookupOf([{ ...officer, certified: approver.certified }]);
    expect(failureOf(await verifyDeviceLog(bytesOf(chain), check({ lookup: wrongKeyLookup })))).toEqual({ index: 0, code: 'signature.invalid' });
  });

  it('refuses a broken prev link and an HLC that does not increase', async () => {
    const first = chain[0];
    if (first === undefined) throw new Error('fixture');
    const tip = startDeviceChain('T3F');
    const badPrev = await createEntry({ ...draftAt(1, officer), v: 1, device: 'T3F', seq: 1, prev: new Uint8Array(32).fill(1) }, officer.key);
    expect(failureOf(await verifyDeviceLog([first.bytes, badPrev.bytes], check({}, false)))).toEqual({ index: 1, code: 'chain.prev-mismatch' });
    const sameHlc = await createEntry({ ...draftAt(0, officer), v: 1, device: 'T3F', seq: 1, prev: first.id }, officer.key);
    expect(failureOf(await verifyDeviceLog([first.bytes, sameHlc.bytes], check({}, false)))).toEqual({ index: 1, code: 'chain.hlc-not-increasing' });
    await expect(appendToDeviceChain({ ...tip, hlc: draftAt(5, officer).hlc }, draftAt(5, officer), officer.key)).rejects.toThrow(/HLC/);
  });

  it('refuses a log cut short of the known head, and a head that differs', async () => {
    expect(failureOf(await verifyDeviceLog(bytesOf(chain.slice(0, 7)), check()))).toEqual({ index: 7, code: 'chain.truncated' });
    const otherHead = { seq: 4, id: new Uint8Array(32) };
    expect(failureOf(await verifyDeviceLog(bytesOf(chain), check({ knownHead: otherHead })))).toEqual({ index: 4, code: 'chain.head-mismatch' });
  });
});

describe('device log tampering is always detected at the first affected entry (properties)', () => {
  const position = fc.integer({ min: 0, max: LENGTH - 1 });

  it('flipping any bit of any entry', async () => {
    await fc.assert(
      fc.asyncProperty(position, fc.nat(), fc.integer({ min: 0, max: 7 }), async (index, byteSeed, bit) => {
        const entries = bytesOf(chain).map((bytes) => bytes.slice());
        const target = entries[index] ?? new Uint8Array(0);
        const byte = byteSeed % target.length;
        target[byte] = (target[byte] ?? 0) ^ (1 << bit);
        expect(failureOf(await verifyDeviceLog(entries, check())).index).toBe(index);
      }),
      { numRuns: 300 },
    );
  });

  it('flipping each of the bits of the first entry, exhaustively', async () => {
    const first = chain[0]?.bytes ?? new Uint8Array(0);
    for (let bit = 0; bit < first.length * 8; bit++) {
      const flipped = first.slice();
      flipped[bit >> 3] = (flipped[bit >> 3] ?? 0) ^ (1 << (bit & 7));
      const verdict = await verifyDeviceLog([flipped, ...bytesOf(chain.slice(1))], check());
      expect(verdict.ok ? -1 : verdict.index, `bit ${bit}`).toBe(0);
    }
  });

  it('deleting any entry', async () => {
    await fc.assert(
      fc.asyncProperty(position, async (index) => {
        const entries = bytesOf(chain).filter((_, i) => i !== index);
        const failure = failureOf(await verifyDeviceLog(entries, check()));
        expect(failure.index).toBe(index);
        expect(failure.code).toBe(index === LENGTH - 1 ? 'chain.truncated' : 'chain.seq-gap');
      }),
      { numRuns: 20 },
    );
  });

  it('duplicating any entry anywhere after it', async () => {
    await fc.assert(
      fc.asyncProperty(position, fc.nat(), async (source, offset) => {
        const at = source + 1 + (offset % (LENGTH - source));
        const entries = bytesOf(chain);
        entries.splice(at, 0, entries[source] ?? new Uint8Array(0));
        expect(failureOf(await verifyDeviceLog(entries, check()))).toEqual({ index: at, code: 'chain.duplicate' });
      }),
      { numRuns: 60 },
    );
  });

  it('reordering entries (any non-identity permutation)', async () => {
    const indices = Array.from({ length: LENGTH }, (_, i) => i);
    await fc.assert(
      fc.asyncProperty(fc.shuffledSubarray(indices, { minLength: LENGTH, maxLength: LENGTH }), async (order) => {
        const firstMoved = order.findIndex((value, i) => value !== i);
        fc.pre(firstMoved >= 0);
        const entries = order.map((i) => chain[i]?.bytes ?? new Uint8Array(0));
        expect(failureOf(await verifyDeviceLog(entries, check()))).toEqual({ index: firstMoved, code: 'chain.seq-gap' });
      }),
      { numRuns: 60 },
    );
  });

  it('inserting an entry of another device, a fork entry of this device, or junk', async () => {
    const inserted = fc.oneof(
      position.map((i) => ({ bytes: foreignChain[i]?.bytes ?? new Uint8Array(0), kind: 'foreign' as const, seq: i })),
      position.map((i) => ({ bytes: forkAt[i]?.bytes ?? new Uint8Array(0), kind: 'fork' as const, seq: i })),
      fc.uint8Array({ minLength: 0, maxLength: 300 }).map((bytes) => ({ bytes, kind: 'junk' as const, seq: -1 })),
    );
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: LENGTH }), inserted, async (at, entry) => {
        const entries = bytesOf(chain);
        entries.splice(at, 0, entry.bytes);
        const failure = failureOf(await verifyDeviceLog(entries, check()));
        if (entry.kind === 'foreign') expect(failure).toEqual({ index: at, code: 'chain.wrong-device' });
        else if (entry.kind === 'junk') expect(failure.index).toBe(at);
        // A fork entry signed with the device's own key that fits the chain at `at` is indistinguishable
        // from the real one until the real one follows it: then both are named, the second at `at + 1`.
        else if (entry.seq === at) expect(failure).toEqual({ index: at + 1, code: 'chain.fork' });
        else expect(failure.index).toBe(at);
      }),
      { numRuns: 120 },
    );
  });
});
