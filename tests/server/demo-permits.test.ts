import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseBase64 } from '../../src/core/crypto/base64.ts';
import { fromHex } from '../../src/core/crypto/bytes.ts';
import { openSignedCheckpoint } from '../../src/core/log/checkpoint.ts';
import { decodeEntry } from '../../src/core/log/entry.ts';
import { leafHash } from '../../src/core/log/merkle-hash.ts';
import { verifyInclusion } from '../../src/core/log/merkle-proof.ts';
import { appendLeafHash, createMerkleTree, inclusionProof, merkleRoot } from '../../src/core/log/merkle-tree.ts';
import type { PermitDraft } from '../../src/core/permit/model/permit-draft.ts';
import { verifyLogKeyStatement } from '../../src/core/sync/log-key-statement.ts';
import { lookUpPermitStatus } from '../../src/core/trust/status-list-lookup.ts';
import { verifyStatusList } from '../../src/core/trust/verify-status-list.ts';
import { verifyTrustList } from '../../src/core/trust/verify-trust-list.ts';
import { readDemoPassphrase } from '../../src/server/demo/demo-authority.ts';
import { describeDemoStart, startDemo, type DemoStart } from '../../src/server/demo/demo-start.ts';
import { findAuthority, unlockRootKey } from '../../src/server/identity/authority.ts';
import { latestTrustList } from '../../src/server/identity/trust-publisher.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import type { Store } from '../../src/server/store/store.ts';
import { deriveLogKey } from '../../src/server/sync/log-key.ts';
import { buildHttpServer } from '../../src/server/http/build-http-server.ts';
import { testClock, testPasswordIterations, testRootKeyLogN } from '../support/identity-fixture.ts';
import { staticFixtureDir } from '../support/static-fixture.ts';
import { enrolSimulatedDevice } from '../support/sync-device.ts';
import { connectionPerRequestFetch } from '../support/sync-fault-fetch.ts';
import { testEngines, type FreshStore } from '../support/test-engines.ts';

const NOW = new Date('2026-11-26T09:00:00.000Z');
const TODAY = '2026-11-26';
const EVERY_STATE = ['approved', 'cancelled', 'draft', 'endorsed', 'issued', 'processed', 'rejected', 'replaced', 'requested'];
const NUMBERED_STATES = ['cancelled', 'endorsed', 'issued', 'replaced'];

describe.each(testEngines())('demo sample permits on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let fresh: FreshStore;
    let store: Store;
    let dataDir: string;
    let started: DemoStart;
    // HQ receives the tablets' pushes a few seconds after they acted.
    const hqClock = testClock(new Date(NOW.getTime() + 5_000));

    beforeEach(async () => {
      fresh = await openFresh();
      store = fresh.store;
      await migrateToLatest(store.db);
      dataDir = await mkdtemp(path.join(tmpdir(), 'hornbill-demo-permits-'));
      started = await startDemo(store, dataDir, true, NOW, { passwordIterations: testPasswordIterations, rootKeyLogN: testRootKeyLogN, hqClock: hqClock.read });
    });

    afterEach(async () => {
      await fresh.dispose();
      await rm(dataDir, { recursive: true, force: true });
    });

    async function permitsByStatus(): Promise<Map<string, { id: string; number: string | null; content: PermitDraft }>> {
      const rows = await store.db.selectFrom('permits').select(['id', 'status', 'number', 'content']).execute();
      return new Map(rows.map((row) => [row.status, { id: row.id, number: row.number, content: JSON.parse(row.content) as PermitDraft }]));
    }

    async function rowCounts(): Promise<Record<string, number>> {
      const count = async (table: 'log_entries' | 'permits' | 'devices' | 'checkpoints' | 'trust_list_versions' | 'status_list_versions' | 'users') =>
        Number((await store.db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow()).n);
      return {
        log_entries: await count('log_entries'),
        permits: await count('permits'),
        devices: await count('devices'),
        checkpoints: await count('checkpoints'),
        trust_list_versions: await count('trust_list_versions'),
        status_list_versions: await count('status_list_versions'),
        users: await count('users'),
      };
    }

    it('leaves one permit in each state, signed by three enrolled demo tablets, and says so', async () => {
      if (started.kind !== 'created') throw new Error(`demo not created: ${started.kind}`);
      const permits = await permitsByStatus();
      expect([...permits.keys()].sort()).toEqual(EVERY_STATE);
      expect(started.permits).toEqual({ permits: 9, entries: (await rowCounts()).log_entries, tablets: 3 });

      const devices = await store.db.selectFrom('devices').innerJoin('users', 'users.id', 'devices.user_id')
        .select(['devices.label', 'users.username', 'devices.revoked_at']).orderBy('devices.label').execute();
      expect(devices).toEqual([
        { label: 'Demo tablet (approver)', username: 'approver', revoked_at: null },
        { label: 'Demo tablet (inspector)', username: 'inspector', revoked_at: null },
        { label: 'Demo tablet (officer)', username: 'officer', revoked_at: null },
      ]);
      const approverDevice = await store.db.selectFrom('devices').select('code').where('label', '=', 'Demo tablet (approver)').executeTakeFirstOrThrow();
      const numbers = NUMBERED_STATES.map((state) => permits.get(state)?.number ?? '');
      for (const number of numbers) expect(number).toMatch(new RegExp(`^KE26-${approverDevice.code}-0000[1-4]-[0-9A-Z]$`));
      expect(new Set(numbers.map((number) => number.slice(9, 14)))).toEqual(new Set(['00001', '00002', '00003', '00004']));
      for (const state of EVERY_STATE.filter((candidate) => !NUMBERED_STATES.includes(candidate))) expect(permits.get(state)?.number).toBeNull();

      const issued = permits.get('issued')?.content;
      expect(issued?.issuance).toEqual({ place: 'Nairobi', date: TODAY, official: 'Demo approver' });
      expect((issued?.validUntil ?? '') > TODAY).toBe(true);
      expect(permits.get('endorsed')?.content.endorsement).toMatchObject({ actualQuantities: [4], date: TODAY, inspector: 'Demo inspector' });
      const replaced = await store.db.selectFrom('log_entries').select('bytes').where('action', '=', 'replaced').executeTakeFirstOrThrow();
      const replacedEntry = decodeEntry(parseBase64(replaced.bytes) ?? new Uint8Array());
      expect(replacedEntry.ok && replacedEntry.value.entry.body['replacedBy']).toBe(permits.get('requested')?.id);

      const output = describeDemoStart(started, 'http://127.0.0.1:1', dataDir);
      expect(output).toContain('Demo data: 9 sample permits, one in each state (draft, requested, processed, approved, issued, endorsed, cancelled, replaced, rejected), signed by 3 demo tablets.');
    });

    it('stores every entry in a contiguous log under a checkpoint HQ signed, with no quarantine and no alert', async () => {
      const rows = await store.db.selectFrom('log_entries').select(['id', 'leaf_index']).orderBy('leaf_index').execute();
      expect(rows.map((row) => row.leaf_index)).toEqual(rows.map((_, index) => index));
      const tree = createMerkleTree();
      for (const row of rows) appendLeafHash(tree, leafHash(fromHex(row.id)));

      const passphrase = await readDemoPassphrase(dataDir);
      const rootSigner = await unlockRootKey(store.db, passphrase ?? '');
      const authority = await findAuthority(store.db);
      const statement = await verifyLogKeyStatement((await deriveLogKey(rootSigner, NOW.getTime())).statement, authority?.rootPublicKey ?? new Uint8Array());
      if (!statement.ok) throw new Error(statement.reason);
      const newest = await store.db.selectFrom('checkpoints').select('note').orderBy('tree_size', 'desc').limit(1).executeTakeFirstOrThrow();
      const checkpoint = await openSignedCheckpoint(newest.note, [statement.value.verifierKey]);
      if (!checkpoint.ok) throw new Error(checkpoint.reason);
      expect(checkpoint.value.size).toBe(rows.length);
      expect(checkpoint.value.rootHash).toEqual(merkleRoot(tree));
      for (const index of [0, Math.floor(rows.length / 2), rows.length - 1]) {
        const id = fromHex(rows[index]?.id ?? '');
        expect(verifyInclusion(index, rows.length, leafHash(id), inclusionProof(tree, index, rows.length), checkpoint.value.rootHash)).toEqual({ ok: true });
      }

      expect(await store.db.selectFrom('quarantine').selectAll().execute()).toEqual([]);
      expect(await store.db.selectFrom('alerts').selectAll().execute()).toEqual([]);
      const chains = await store.db.selectFrom('device_chains').select(['device', 'next_seq']).execute();
      expect(chains.reduce((sum, chain) => sum + chain.next_seq, 0)).toBe(rows.length);
    });

    it('publishes a status list with the endorsed, cancelled and replaced permits, and not the issued one', async () => {
      const authority = await findAuthority(store.db);
      const trustList = await verifyTrustList((await latestTrustList(store.db))?.signed ?? new Uint8Array(), authority?.rootPublicKey);
      if (!trustList.ok) throw new Error(trustList.reason);
      const row = await store.db.selectFrom('status_list_versions').select('signed').orderBy('version', 'desc').limit(1).executeTakeFirstOrThrow();
      const statusList = await verifyStatusList(parseBase64(row.signed) ?? new Uint8Array(), trustList.value);
      if (!statusList.ok) throw new Error(statusList.reason);
      const permits = await permitsByStatus();
      expect(statusList.value.entries).toHaveLength(3);
      for (const state of ['endorsed', 'cancelled', 'replaced']) expect(lookUpPermitStatus(statusList.value, permits.get(state)?.number ?? '')?.status).toBe(state);
      expect(lookUpPermitStatus(statusList.value, permits.get('endorsed')?.number ?? '')?.place).toBe('Jomo Kenyatta International Airport, Nairobi');
      expect(lookUpPermitStatus(statusList.value, permits.get('issued')?.number ?? '')).toBeUndefined();
    });

    it('brings the nine permits, in their states, to a tablet that syncs with HQ afterwards', async () => {
      const signer = await unlockRootKey(store.db, (await readDemoPassphrase(dataDir)) ?? '');
      const app = await buildHttpServer({
        config: { staticDir: staticFixtureDir },
        store,
        version: 'test',
        logger: false,
        identity: { clock: hqClock.read, passwordIterations: testPasswordIterations, rootSigner: signer },
      });
      try {
        await app.listen({ port: 0, host: '127.0.0.1' });
        const address = app.server.address();
        if (address === null || typeof address === 'string') throw new Error('HQ is not listening on TCP');
        const tablet = await enrolSimulatedDevice({ store, signer, username: 'second.approver', roles: ['approver'], enrolledAt: hqClock.now, referenceNow: () => hqClock.now.getTime() });
        const result = await tablet.sync(connectionPerRequestFetch(`http://127.0.0.1:${address.port}`));
        if (!result.ok) throw new Error(`${result.problem.code}: ${result.problem.detail}`);
        expect(result).toMatchObject({ pushed: 0, pulled: (await rowCounts()).log_entries });
        expect((await tablet.db.permits.toArray()).map((permit) => permit.status).sort()).toEqual(EVERY_STATE);
      } finally {
        await app.close();
      }
    });

    it('creates nothing more when demo mode starts again on the same data', async () => {
      const before = await rowCounts();
      const again = await startDemo(store, dataDir, false, new Date(NOW.getTime() + 60_000), { passwordIterations: testPasswordIterations, rootKeyLogN: testRootKeyLogN, hqClock: hqClock.read });
      expect(again).toEqual({ kind: 'existing', credentialsFile: path.join(dataDir, 'demo-credentials.txt') });
      expect(await rowCounts()).toEqual(before);
    });
  });
});
