import { DEVICE_CERTIFICATE_BACKDATE_MS } from '../../src/server/identity/enrol-device.ts';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBase64 } from '../../src/core/crypto/base64.ts';
import { toHex } from '../../src/core/crypto/bytes.ts';
import { openSignedCheckpoint } from '../../src/core/log/checkpoint.ts';
import { startDeviceChain } from '../../src/core/log/device-chain.ts';
import { createEntry, type SignedEntry } from '../../src/core/log/entry.ts';
import { leafHash } from '../../src/core/log/merkle-hash.ts';
import { verifyInclusion } from '../../src/core/log/merkle-proof.ts';
import type { PushResponse } from '../../src/core/sync/push.ts';
import { verifyLogKeyStatement } from '../../src/core/sync/log-key-statement.ts';
import { lookUpPermitStatus } from '../../src/core/trust/status-list-lookup.ts';
import type { StatusList } from '../../src/core/trust/status-list.ts';
import { verifyStatusList } from '../../src/core/trust/verify-status-list.ts';
import { verifyTrustList } from '../../src/core/trust/verify-trust-list.ts';
import { latestTrustList } from '../../src/server/identity/trust-publisher.ts';
import type { Store } from '../../src/server/store/store.ts';
import { formatVerifierKey, parseVerifierKey } from '../../src/core/log/note-verifier-key.ts';
import { PROTOCOL_VERSION } from '../../src/core/sync/wire-types.ts';
import { preparePush, storePushGroup, type PreparedPush } from '../../src/server/sync/ingest-push.ts';
import { createSyncContext, type SyncContext } from '../../src/server/sync/sync-context.ts';
import type { LogDevice } from '../support/hq-log-fixture.ts';
import { buildIdentityServer, testClock, type TestClock } from '../support/identity-fixture.ts';
import { hello, push, signEntry, syncRowCounts } from '../support/sync-ingest-client.ts';
import { deviceOf, syncHq, type SyncHq } from '../support/sync-ingest-hq.ts';
import { testEngines, type FreshStore } from '../support/test-engines.ts';

const PERMIT = '3f2b8c1e-7d4a-4e5f-9a6b-1c2d3e4f5a6b';
const GROUPED_PERMIT = '5d0c7a3e-1b2f-4c6d-8e9f-0a1b2c3d4e5f';
const MINUTE = 60_000;

describe.each(testEngines())('sync push on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let fresh: FreshStore;
    let store: Store;
    let clock: TestClock;
    let hq: SyncHq;
    let officer: LogDevice;
    let approver: LogDevice;

    beforeEach(async () => {
      fresh = await openFresh();
      store = fresh.store;
      clock = testClock();
      hq = await syncHq(store, clock);
      officer = await deviceOf(store, hq, 'olive', ['officer'], clock.now);
      approver = await deviceOf(store, hq, 'abel', ['approver'], clock.now);
    });

    afterEach(async () => {
      await hq.app.close();
      await fresh.dispose();
    });

    const at = (minutes: number) => clock.now.getTime() + minutes * MINUTE;

    async function pushNow(device: LogDevice, entries: readonly SignedEntry[] | readonly Uint8Array[], sentAt = clock.now.getTime()) {
      const greeting = await hello(hq.app, device.code);
      if (greeting.message === undefined) throw new Error(`hello answered ${greeting.status} ${greeting.code}`);
      const bytes = entries.map((entry) => (entry instanceof Uint8Array ? entry : entry.bytes));
      return push(hq.app, device, bytes, { nonce: greeting.message.nonce, sentAt });
    }

    async function accepted(device: LogDevice, entries: readonly SignedEntry[]): Promise<PushResponse> {
      const reply = await pushNow(device, entries);
      expect(reply.status).toBe(200);
      if (reply.message === undefined) throw new Error('no push response');
      expect(reply.message.rejected).toEqual([]);
      return reply.message;
    }

    /** The officer applies for the permit and processes it; the approver approves and issues it. */
    async function issuedPermit(): Promise<void> {
      await accepted(officer, [
        await signEntry(officer, { role: 'officer', action: 'requested', permit: PERMIT, at: at(1) }),
        await signEntry(officer, { role: 'officer', action: 'processed', permit: PERMIT, at: at(2) }),
      ]);
      await accepted(approver, [
        await signEntry(approver, { role: 'approver', action: 'approved', permit: PERMIT, at: at(3) }),
        await signEntry(approver, { role: 'approver', action: 'issued', permit: PERMIT, at: at(4) }),
      ]);
    }

    /** The newest status list HQ published, verified with the root key of HQ's newest trust list. */
    async function newestStatusList(): Promise<StatusList> {
      const trustList = await latestTrustList(store.db);
      const trusted = await verifyTrustList(trustList?.signed ?? new Uint8Array(), hq.rootPublicKey);
      if (!trusted.ok) throw new Error(trusted.reason);
      const row = await store.db.selectFrom('status_list_versions').select('signed').orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow();
      const verified = await verifyStatusList(parseBase64(row.signed) ?? new Uint8Array(), trusted.value);
      if (!verified.ok) throw new Error(verified.reason);
      return verified.value;
    }

    async function alertKinds(): Promise<string[]> {
      return (await store.db.selectFrom('alerts').select('kind').orderBy('kind').execute()).map((row) => row.kind);
    }

    it('receipts an accepted batch with a checkpoint signed by the log key and an inclusion proof per entry', async () => {
      const greeting = await hello(hq.app, officer.code);
      expect(greeting.status).toBe(200);
      const statement = await verifyLogKeyStatement(greeting.message?.logKey ?? new Uint8Array(), hq.rootPublicKey);
      if (!statement.ok) throw new Error(statement.reason);
      const entries = [
        await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(0) }),
        await signEntry(officer, { role: 'officer', action: 'requested', permit: PERMIT, at: at(1) }),
        await signEntry(officer, { role: 'officer', action: 'processed', permit: PERMIT, at: at(2) }),
      ];
      const reply = await push(hq.app, officer, entries.map((entry) => entry.bytes), { nonce: greeting.message?.nonce ?? new Uint8Array(), sentAt: at(0) });
      expect(reply.status).toBe(200);
      expect(reply.contentType).toContain('application/cbor');
      const receipt = reply.message?.receipt;
      if (receipt === undefined || receipt === null) throw new Error('no receipt');
      const checkpoint = await openSignedCheckpoint(receipt.checkpoint, [statement.value.verifierKey]);
      if (!checkpoint.ok) throw new Error(checkpoint.reason);
      expect(checkpoint.value.size).toBe(3);
      expect(receipt.entries.map((entry) => toHex(entry.id))).toEqual(entries.map((entry) => toHex(entry.id)));
      expect(receipt.entries.map((entry) => entry.leafIndex)).toEqual([0, 1, 2]);
      for (const entry of receipt.entries) {
        expect(verifyInclusion(entry.leafIndex, checkpoint.value.size, leafHash(entry.id), entry.proof, checkpoint.value.rootHash)).toEqual({ ok: true });
      }
      const chain = await store.db.selectFrom('device_chains').selectAll().where('device', '=', officer.code).executeTakeFirstOrThrow();
      expect(chain).toMatchObject({ next_seq: 3, head_id: toHex(entries[2]?.id ?? new Uint8Array()), pending: 3 });
      const permit = await store.db.selectFrom('permits').selectAll().where('id', '=', PERMIT).executeTakeFirstOrThrow();
      expect(permit).toMatchObject({ status: 'processed', origin_device: officer.code, entry_count: 2 });
      expect(await store.db.selectFrom('checkpoints').select('tree_size').orderBy('tree_size').execute()).toEqual([{ tree_size: 0 }, { tree_size: 3 }]);
    });

    it('stores a batch sent again once, and receipts it again with the same leaf indexes', async () => {
      const entries = [
        await signEntry(officer, { role: 'officer', action: 'requested', permit: PERMIT, at: at(1) }),
        await signEntry(officer, { role: 'officer', action: 'processed', permit: PERMIT, at: at(2) }),
      ];
      const first = await accepted(officer, entries);
      const counts = await syncRowCounts(store);
      const again = await accepted(officer, entries);
      expect(again.receipt?.entries.map((entry) => entry.leafIndex)).toEqual(first.receipt?.entries.map((entry) => entry.leafIndex));
      expect(again.receipt?.checkpoint).toBe(first.receipt?.checkpoint);
      expect(await syncRowCounts(store)).toEqual(counts);
      // A retry that carries the held entries and one more: the held ones are receipted, the new one appended.
      const next = await signEntry(officer, { role: 'officer', action: 'logout', permit: null, at: at(3) });
      const extended = await accepted(officer, [...entries, next]);
      expect(extended.receipt?.entries.map((entry) => entry.leafIndex)).toEqual([0, 1, 2]);
    });

    it('keeps a batch cut by a bad entry: the good prefix stored, the bad one and the rest rejected and quarantined', async () => {
      const good = await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(1) });
      const bad = await signEntry(officer, { role: 'officer', action: 'approved', permit: PERMIT, at: at(2) });
      const after = await signEntry(officer, { role: 'officer', action: 'logout', permit: null, at: at(3) });
      const reply = await pushNow(officer, [good, bad, after]);
      expect(reply.status).toBe(200);
      expect(reply.message?.rejected.map(({ index, code }) => ({ index, code }))).toEqual([
        { index: 1, code: 'role.not-allowed' },
        { index: 2, code: 'chain.after-rejected' },
      ]);
      expect(reply.message?.receipt?.entries.map((entry) => toHex(entry.id))).toEqual([toHex(good.id)]);
      const quarantine = await store.db.selectFrom('quarantine').select(['entry_id', 'code', 'batch_index']).orderBy('batch_index').execute();
      expect(quarantine).toEqual([
        { entry_id: toHex(bad.id), code: 'role.not-allowed', batch_index: 1 },
        { entry_id: toHex(after.id), code: 'chain.after-rejected', batch_index: 2 },
      ]);
      expect((await syncRowCounts(store))['log_entries']).toBe(1);
    });

    describe('rejects each bad entry with its code, quarantines it and stores no entry', () => {
      async function rejectedAs(device: LogDevice, entries: readonly (SignedEntry | Uint8Array)[], code: string, quarantinedAs = device.code): Promise<void> {
        await hello(hq.app, device.code); // signs the empty log's checkpoint
        const before = await syncRowCounts(store);
        const reply = await pushNow(device, entries.map((entry) => (entry instanceof Uint8Array ? entry : entry.bytes)));
        expect(reply.status).toBe(200);
        expect(reply.message?.rejected.at(-1)?.code).toBe(code);
        const after = await syncRowCounts(store);
        expect(after['quarantine']).toBe((before['quarantine'] ?? 0) + 1);
        for (const table of ['log_entries', 'permits', 'checkpoints', 'status_list_versions'] as const) expect(after[table]).toBe(before[table]);
        const row = await store.db.selectFrom('quarantine').selectAll().orderBy('received_at', 'desc').limit(1).executeTakeFirstOrThrow();
        expect(row).toMatchObject({ code, device: quarantinedAs });
        expect(row.bytes.length).toBeGreaterThan(0);
      }

      it('entry.malformed', async () => {
        await rejectedAs(officer, [new Uint8Array([0xd2, 0x84, 0x40])], 'entry.malformed');
      });

      it('entry.wrong-device: an entry of a device this HQ never enrolled, whoever relays it', async () => {
        const stranger: LogDevice = { ...officer, code: 'Q9Z', tip: startDeviceChain('Q9Z') };
        await rejectedAs(officer, [await signEntry(stranger, { role: 'officer', action: 'login', permit: null, at: at(1) })], 'entry.wrong-device', 'Q9Z');
      });

      it('key.unknown: a kid of another device', async () => {
        const kid = approver.kidOf.get('approver');
        if (kid === undefined) throw new Error('no approver kid');
        const entry = await createEntry(
          { v: 1, device: officer.code, seq: 0, prev: new Uint8Array(32), hlc: { wallMs: at(1), counter: 0 }, wallTime: at(1), actor: officer.userId, role: 'approver', action: 'login', permit: null, body: {} },
          { kid, seed: officer.key.seed },
        );
        await rejectedAs(officer, [entry], 'key.unknown');
      });

      it('key.not-valid: signed before the certificate was valid (more than the clock-error margin before enrolment)', async () => {
        const beforeMargin = at(0) - DEVICE_CERTIFICATE_BACKDATE_MS - 60_000;
        await rejectedAs(officer, [await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: beforeMargin })], 'key.not-valid');
        expect(await alertKinds()).toEqual([]);
      });

      it('signature.invalid', async () => {
        const kid = officer.kidOf.get('officer');
        if (kid === undefined) throw new Error('no officer kid');
        const entry = await createEntry(
          { v: 1, device: officer.code, seq: 0, prev: new Uint8Array(32), hlc: { wallMs: at(1), counter: 0 }, wallTime: at(1), actor: officer.userId, role: 'officer', action: 'login', permit: null, body: {} },
          { kid, seed: approver.key.seed },
        );
        await rejectedAs(officer, [entry], 'signature.invalid');
      });

      it('role.not-allowed: an officer recording an approval', async () => {
        await rejectedAs(officer, [await signEntry(officer, { role: 'officer', action: 'approved', permit: PERMIT, at: at(1) })], 'role.not-allowed');
      });

      it('chain.gap: the first entry missing', async () => {
        await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(1) });
        await rejectedAs(officer, [await signEntry(officer, { role: 'officer', action: 'logout', permit: null, at: at(2) })], 'chain.gap');
      });

      it('chain.fork: another entry for a seq HQ holds, with a cloned-device alert', async () => {
        const start = officer.tip;
        await accepted(officer, [await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(1) })]);
        officer.tip = start;
        await rejectedAs(officer, [await signEntry(officer, { role: 'officer', action: 'logout', permit: null, at: at(2) })], 'chain.fork');
        expect(await alertKinds()).toEqual(['cloned-device']);
      });

      it('chain.clock: an HLC that does not increase', async () => {
        const first = await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(2) });
        await accepted(officer, [first]);
        const kid = officer.kidOf.get('officer');
        if (kid === undefined) throw new Error('no officer kid');
        const entry = await createEntry(
          { v: 1, device: officer.code, seq: 1, prev: first.id, hlc: { wallMs: at(1), counter: 0 }, wallTime: at(1), actor: officer.userId, role: 'officer', action: 'logout', permit: null, body: {} },
          { kid, seed: officer.key.seed },
        );
        await rejectedAs(officer, [entry], 'chain.clock');
      });
    });

    it('refuses an entry signed after its key was revoked and raises an alert, but keeps one signed before', async () => {
      const kid = officer.kidOf.get('officer');
      if (kid === undefined) throw new Error('no officer kid');
      await store.db.insertInto('revocations').values({ kid: toHex(kid), revoked_at: new Date(at(10)).toISOString(), reason: 'test' }).execute();
      const before = await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(5) });
      const afterRevocation = await signEntry(officer, { role: 'officer', action: 'logout', permit: null, at: at(15) });
      const reply = await pushNow(officer, [before, afterRevocation]);
      expect(reply.message?.rejected.map((rejection) => rejection.code)).toEqual(['key.not-valid']);
      expect(reply.message?.receipt?.entries.map((entry) => toHex(entry.id))).toEqual([toHex(before.id)]);
      expect(await alertKinds()).toEqual(['revoked-key-signing']);
    });

    it('stores two endorsements from two devices and raises a double-endorsement alert', async () => {
      const first = await deviceOf(store, hq, 'ines', ['inspector'], clock.now);
      const second = await deviceOf(store, hq, 'ivan', ['inspector'], clock.now);
      await issuedPermit();
      await accepted(first, [await signEntry(first, { role: 'inspector', action: 'endorsed', permit: PERMIT, at: at(10) })]);
      expect(await alertKinds()).toEqual([]);
      expect((await syncRowCounts(store))['status_list_versions']).toBe(1);
      expect(lookUpPermitStatus(await newestStatusList(), 'KE26-T3F-00042-O')).toMatchObject({ status: 'endorsed', at: at(10), place: 'JKIA Nairobi' });
      await accepted(second, [await signEntry(second, { role: 'inspector', action: 'endorsed', permit: PERMIT, at: at(11) })]);
      expect(await alertKinds()).toEqual(['double-endorsement']);
      const permit = await store.db.selectFrom('permits').selectAll().where('id', '=', PERMIT).executeTakeFirstOrThrow();
      expect(permit).toMatchObject({ status: 'endorsed', entry_count: 6 });
      expect((await syncRowCounts(store))['log_entries']).toBe(6);
    });

    it('keeps an act the rules refuse (four eyes broken) in the log and raises act-refused; an act whose predecessor has not arrived raises nothing', async () => {
      const both = await deviceOf(store, hq, 'olga', ['officer', 'approver'], clock.now);
      await accepted(both, [
        await signEntry(both, { role: 'officer', action: 'requested', permit: PERMIT, at: at(1) }),
        await signEntry(both, { role: 'officer', action: 'processed', permit: PERMIT, at: at(2) }),
        await signEntry(both, { role: 'approver', action: 'approved', permit: PERMIT, at: at(3) }),
      ]);
      expect(await alertKinds()).toEqual(['act-refused']);
      expect((await store.db.selectFrom('permits').select('status').where('id', '=', PERMIT).executeTakeFirstOrThrow()).status).toBe('processed');
      expect((await syncRowCounts(store))['log_entries']).toBe(3);
    });

    it('raises act-after-cancellation for an endorsement made after the cancellation, whatever order they arrive in', async () => {
      const inspector = await deviceOf(store, hq, 'ines', ['inspector'], clock.now);
      await issuedPermit();
      await accepted(inspector, [await signEntry(inspector, { role: 'inspector', action: 'endorsed', permit: PERMIT, at: at(20) })]);
      expect(await alertKinds()).toEqual([]);
      await accepted(approver, [await signEntry(approver, { role: 'approver', action: 'cancelled', permit: PERMIT, at: at(10) })]);
      expect(await alertKinds()).toEqual(['act-after-cancellation']);
      const permit = await store.db.selectFrom('permits').select('status').where('id', '=', PERMIT).executeTakeFirstOrThrow();
      expect(permit.status).toBe('cancelled');
      expect((await syncRowCounts(store))['status_list_versions']).toBe(2);
      expect(lookUpPermitStatus(await newestStatusList(), 'KE26-T3F-00042-O')).toMatchObject({ status: 'cancelled', at: at(10), place: null });
    });

    it('records the device clock skew and raises a clock-skew alert past 15 minutes', async () => {
      await accepted(officer, [await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(1) })]);
      expect(await alertKinds()).toEqual([]);
      const reply = await pushNow(officer, [await signEntry(officer, { role: 'officer', action: 'logout', permit: null, at: at(2) })], at(-16));
      expect(reply.status).toBe(200);
      expect(await alertKinds()).toEqual(['clock-skew']);
      const chain = await store.db.selectFrom('device_chains').select('clock_skew_ms').where('device', '=', officer.code).executeTakeFirstOrThrow();
      expect(chain.clock_skew_ms).toBe(-16 * MINUTE);
    });

    it('keeps no leaf of an ingest whose transaction failed: the next push continues the log where the database left it', async () => {
      const entries = [
        await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(1) }),
        await signEntry(officer, { role: 'officer', action: 'logout', permit: null, at: at(2) }),
      ];
      await hello(hq.app, officer.code);
      // A checkpoint row already at the size the push will reach makes its transaction fail at the end.
      await store.db.insertInto('checkpoints').values({ tree_size: 2, root_hash: 'AA==', note: 'x', signed_at: clock.now.toISOString() }).execute();
      const failed = await pushNow(officer, entries);
      expect(failed.status).toBe(500);
      await store.db.deleteFrom('checkpoints').where('tree_size', '=', 2).execute();
      expect((await syncRowCounts(store))['log_entries']).toBe(0);
      const statement = await verifyLogKeyStatement((await hello(hq.app, officer.code)).message?.logKey ?? new Uint8Array(), hq.rootPublicKey);
      if (!statement.ok) throw new Error(statement.reason);
      const receipt = (await accepted(officer, entries)).receipt;
      const checkpoint = await openSignedCheckpoint(receipt?.checkpoint ?? '', [statement.value.verifierKey]);
      if (!checkpoint.ok) throw new Error(checkpoint.reason);
      expect(receipt?.entries.map((entry) => entry.leafIndex)).toEqual([0, 1]);
      for (const entry of receipt?.entries ?? []) {
        expect(verifyInclusion(entry.leafIndex, checkpoint.value.size, leafHash(entry.id), entry.proof, checkpoint.value.rootHash)).toEqual({ ok: true });
      }
    });

    /** A push as the route hands it to the group: authenticated as `device`, entries decoded and signatures checked. */
    function prepared(context: SyncContext, device: LogDevice, entries: readonly SignedEntry[]): Promise<PreparedPush> {
      const bytes = entries.map((entry) => entry.bytes);
      return preparePush(context, { v: PROTOCOL_VERSION, device: device.code, nonce: new Uint8Array(16), sentAt: clock.now.getTime(), pending: bytes.length, kind: 'push', push: { entries: bytes } });
    }

    it('stores a group of pushes in one transaction under one checkpoint, each answered for its own entries only', async () => {
      const context = createSyncContext({ db: store.db, engine: store.engine, clock: clock.read, rootSigner: hq.signer });
      const firstOfOfficer = [
        await signEntry(officer, { role: 'officer', action: 'requested', permit: GROUPED_PERMIT, at: at(1) }),
        await signEntry(officer, { role: 'officer', action: 'processed', permit: GROUPED_PERMIT, at: at(2) }),
      ];
      const ofApprover = [await signEntry(approver, { role: 'approver', action: 'login', permit: null, at: at(3) })];
      // The officer's next push continues the chain of the first, which HQ holds only inside the same transaction.
      const secondOfOfficer = [await signEntry(officer, { role: 'officer', action: 'login', permit: null, at: at(4) })];
      // An entry of a device HQ never enrolled is refused, without harm to the others.
      const stranger: LogDevice = { ...officer, code: 'Q9Z', tip: startDeviceChain('Q9Z') };
      const unknown = [await signEntry(stranger, { role: 'officer', action: 'login', permit: null, at: at(5) })];
      const checkpointsBefore = (await store.db.selectFrom('checkpoints').select('tree_size').execute()).length;

      const answers = await storePushGroup(context, [
        await prepared(context, officer, firstOfOfficer),
        await prepared(context, approver, ofApprover),
        await prepared(context, officer, secondOfOfficer),
        await prepared(context, approver, unknown),
      ]);

      expect(answers.map((answer) => answer.receipt?.entries.map((entry) => entry.leafIndex) ?? null)).toEqual([[0, 1], [2], [3], null]);
      expect(answers.map((answer) => answer.rejected.map((rejection) => rejection.code))).toEqual([[], [], [], ['entry.wrong-device']]);
      const checkpoints = await store.db.selectFrom('checkpoints').select('tree_size').execute();
      expect(checkpoints).toHaveLength(checkpointsBefore + 1);
      const logKey = await context.logKey();
      if (logKey === undefined) throw new Error('no log key');
      const verifier = parseVerifierKey(formatVerifierKey(logKey.origin, logKey.publicKey));
      if (!verifier.ok) throw new Error(verifier.reason);
      const signedIds = [firstOfOfficer, ofApprover, secondOfOfficer].map((entries) => entries.map((entry) => toHex(entry.id)));
      for (const [index, answer] of answers.slice(0, 3).entries()) await expectVerifiedReceipt(answer, signedIds[index] ?? [], verifier.value);
      const chain = await store.db.selectFrom('device_chains').select(['device', 'next_seq']).where('device', 'in', [officer.code, approver.code]).orderBy('device').execute();
      expect(new Map(chain.map((row) => [row.device, row.next_seq]))).toEqual(new Map([[officer.code, 3], [approver.code, 1]]));
      expect(await store.db.selectFrom('quarantine').select('code').execute()).toEqual([{ code: 'entry.wrong-device' }]);
      const permit = await store.db.selectFrom('permits').select('status').where('id', '=', GROUPED_PERMIT).executeTakeFirstOrThrow();
      expect(permit.status).toBe('processed');
    });

    async function expectVerifiedReceipt(answer: PushResponse, ids: readonly string[], verifier: Parameters<typeof openSignedCheckpoint>[1][number]): Promise<void> {
      const receipt = answer.receipt;
      if (receipt === null) throw new Error('no receipt');
      const checkpoint = await openSignedCheckpoint(receipt.checkpoint, [verifier]);
      if (!checkpoint.ok) throw new Error(checkpoint.reason);
      expect(checkpoint.value.size).toBe(4);
      expect(receipt.entries.map((entry) => toHex(entry.id))).toEqual(ids);
      for (const entry of receipt.entries) {
        expect(verifyInclusion(entry.leafIndex, checkpoint.value.size, leafHash(entry.id), entry.proof, checkpoint.value.rootHash)).toEqual({ ok: true });
      }
    }

    it('accepts other enrolled devices\' chains relayed by a shared tablet, each checked as its own device\'s', async () => {
      const batch = [
        await signEntry(officer, { role: 'officer', action: 'requested', permit: PERMIT, at: at(1) }),
        await signEntry(approver, { role: 'approver', action: 'login', permit: null, at: at(2) }),
        await signEntry(officer, { role: 'officer', action: 'processed', permit: PERMIT, at: at(3) }),
        await signEntry(approver, { role: 'approver', action: 'logout', permit: null, at: at(4) }),
      ];
      const answer = await accepted(officer, batch);
      expect(answer.receipt?.entries.map((entry) => toHex(entry.id))).toEqual(batch.map((entry) => toHex(entry.id)));
      const chains = await store.db.selectFrom('device_chains').select(['device', 'next_seq', 'last_sync_at']).orderBy('device').execute();
      // The approver's chain head is HQ's now; its sync state stays empty: it was relayed, it did not sync.
      expect(new Map(chains.map((row) => [row.device, [row.next_seq, row.last_sync_at !== null]]))).toEqual(new Map([[officer.code, [2, true]], [approver.code, [2, false]]]));

      // A relayed chain with a gap is refused from the gap on; the sender's own chain in the same batch is not.
      const skipped = await signEntry(approver, { role: 'approver', action: 'login', permit: null, at: at(5) });
      const afterGap = await signEntry(approver, { role: 'approver', action: 'logout', permit: null, at: at(6) });
      const own = await signEntry(officer, { role: 'officer', action: 'logout', permit: null, at: at(7) });
      const reply = await pushNow(officer, [afterGap, own]);
      expect(reply.message?.rejected.map(({ index, code }) => [index, code])).toEqual([[0, 'chain.gap']]);
      expect(reply.message?.receipt?.entries.map((entry) => toHex(entry.id))).toEqual([toHex(own.id)]);
      expect(toHex(skipped.id)).not.toBe(toHex(afterGap.id));
    });

    it('appends concurrent pushes from two devices to two HQ servers on one database as contiguous leaves, and receipts all', async () => {
      // A second server has its own Merkle log cache, as a second HQ process would.
      const other = await buildIdentityServer(store, clock, hq.signer);
      const servers = [hq.app, other];
      const devices = [officer, approver];
      const batches: SignedEntry[][][] = [];
      for (const [d, device] of devices.entries()) {
        const role = d === 0 ? 'officer' : 'approver';
        const entries: SignedEntry[] = [];
        for (let i = 0; i < 30; i++) entries.push(await signEntry(device, { role, action: 'login', permit: null, at: at(i + 1) }));
        batches.push([entries.slice(0, 10), entries.slice(10, 20), entries.slice(20)]);
      }
      const nonces = await Promise.all(devices.map(async (device, d) => (await hello(servers[d] ?? hq.app, device.code)).message?.nonce ?? new Uint8Array()));
      for (let round = 0; round < 3; round++) {
        const replies = await Promise.all(devices.map((device, d) =>
          // Each device pushes to the other server in every other round.
          push(servers[(d + round) % 2] ?? hq.app, device, (batches[d]?.[round] ?? []).map((entry) => entry.bytes), { nonce: nonces[d] ?? new Uint8Array(), sentAt: at(0) })));
        for (const reply of replies) {
          expect(reply.message?.rejected).toEqual([]);
          expect(reply.message?.receipt?.entries).toHaveLength(10);
        }
      }
      await other.close();
      const leaves = (await store.db.selectFrom('log_entries').select('leaf_index').orderBy('leaf_index').execute()).map((row) => row.leaf_index);
      expect(leaves).toEqual(Array.from({ length: 60 }, (_, i) => i));
      const sizes = (await store.db.selectFrom('checkpoints').select('tree_size').orderBy('tree_size').execute()).map((row) => row.tree_size);
      expect(sizes).toEqual([0, 10, 20, 30, 40, 50, 60]);
    });
  });
});
