// HQ ingest figures (DESIGN §11, issue #7): bytes per entry on the wire in a gzip'd signed push, and entries/s
// ingested with full verification (HTTP, gzip, device signature, nonce, decode, certificate, entry
// signature, chain, projection, checkpoint, inclusion proofs) in pushes of 100, on SQLite and (with
// DATABASE_URL) PostgreSQL, after a discarded warm-up pass. Baseline, in the same run: the naive design the
// issue compares against, one HTTP request per entry with a JSON body, each stored in its own transaction
// with no verification.
import { mkdtempSync, rmSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import Fastify, { type FastifyInstance } from 'fastify';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { toBase64 } from '../../src/core/crypto/base64.ts';
import { ed25519PublicKey, ed25519Sign } from '../../src/core/crypto/ed25519.ts';
import { appendToDeviceChain, startDeviceChain, type DeviceChainTip } from '../../src/core/log/device-chain.ts';
import { CLIENT_PUSH_BATCH_ENTRIES } from '../../src/core/sync/limits.ts';
import { helloRequestSchema, helloResponseSchema } from '../../src/core/sync/hello.ts';
import { pushResponseSchema } from '../../src/core/sync/push.ts';
import { signSyncRequest } from '../../src/core/sync/signed-request.ts';
import { decodeSyncMessage, encodeSyncMessage, SYNC_CONTENT_TYPE } from '../../src/core/sync/wire.ts';
import { enrolmentProofMessage } from '../../src/core/trust/enrolment-proof.ts';
import { buildHttpServer } from '../../src/server/http/build-http-server.ts';
import { initAuthority, unlockRootKey } from '../../src/server/identity/authority.ts';
import { enrolDevice } from '../../src/server/identity/enrol-device.ts';
import { createEnrolmentChallenge } from '../../src/server/identity/enrolment-challenges.ts';
import { addUser } from '../../src/server/identity/users.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import { openStore } from '../../src/server/store/open-store.ts';
import type { Store } from '../../src/server/store/store.ts';
import type { BenchRow } from '../table.ts';

const ENTRIES = 2_000;
const ENTRIES_PER_PERMIT = 10;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const PASSPHRASE = 'bench passphrase, not a secret';
const STATIC_DIR = fileURLToPath(new URL('../../tests/fixtures/static/', import.meta.url));

interface BenchDevice {
  readonly code: string;
  readonly seed: Uint8Array;
  readonly entries: readonly Uint8Array[];
}

/** An authority, an officer and their enrolled device, which signs ENTRIES entries of the audit-log mix. */
async function enrolledDevice(store: Store): Promise<BenchDevice> {
  await migrateToLatest(store.db);
  const now = new Date(T0);
  await initAuthority(store.db, { party: 'KE', name: 'Bench Authority', passphrase: PASSPHRASE, rootKeyLogN: 10, passwordIterations: 1_000 }, now);
  const signer = await unlockRootKey(store.db, PASSPHRASE);
  const { user } = await addUser(store.db, { username: 'wanjiru.k', displayName: 'Wanjiru K.', roles: ['officer'] }, now, 1_000);
  const seed = new Uint8Array(randomBytes(32));
  const publicKey = await ed25519PublicKey(seed);
  const { nonce } = await createEnrolmentChallenge(store.db, user.id, now);
  const proof = await ed25519Sign(seed, enrolmentProofMessage({ party: signer.party, user: user.id, publicKey, nonce }));
  const enrolled = await enrolDevice(store.db, signer, { userId: user.id, publicKey, nonce, proof, label: null }, now);
  const kid = enrolled.certificates[0]?.kid;
  if (kid === undefined) throw new Error('bench: no certificate');
  let tip: DeviceChainTip = startDeviceChain(enrolled.device.code);
  const entries: Uint8Array[] = [];
  for (let seq = 0; seq < ENTRIES; seq++) {
    // The audit-log row's mix: an `altered` entry with a small diff, ten per permit.
    const at = T0 + 60_000 + seq * 1_000;
    const permit = `3f2b8c1e-7d4a-4e5f-9a6b-${Math.floor(seq / ENTRIES_PER_PERMIT).toString(16).padStart(12, '0')}`;
    const body = { field: 'lineItems.0.quantity', from: seq % 97, to: (seq % 97) + 2 };
    const next = await appendToDeviceChain(tip, { hlc: { wallMs: at, counter: 0 }, wallTime: at, actor: user.id, role: 'officer', action: 'altered', permit, body }, { kid, seed });
    entries.push(next.signed.bytes);
    tip = next.tip;
  }
  return { code: enrolled.device.code, seed, entries };
}

async function serveHq(store: Store): Promise<{ app: FastifyInstance; url: string }> {
  const signer = await unlockRootKey(store.db, PASSPHRASE);
  const app = await buildHttpServer({ config: { staticDir: STATIC_DIR }, store, version: 'bench', logger: false, identity: { rootSigner: signer, passwordIterations: 1_000 } });
  return { app, url: await app.listen({ port: 0, host: '127.0.0.1' }) };
}

async function signedPush(device: BenchDevice, nonce: Uint8Array, entries: readonly Uint8Array[]): Promise<Uint8Array> {
  return gzipSync(await signSyncRequest(device.seed, { v: 1, device: device.code, nonce, sentAt: Date.now(), pending: entries.length, kind: 'push', push: { entries: [...entries] } }));
}

async function postCbor(url: string, body: Uint8Array, gzip: boolean): Promise<Uint8Array> {
  const headers: Record<string, string> = { 'content-type': SYNC_CONTENT_TYPE, ...(gzip ? { 'content-encoding': 'gzip' } : {}) };
  const response = await fetch(url, { method: 'POST', headers, body: Buffer.from(body) });
  if (response.status !== 200) throw new Error(`bench: ${url} answered ${response.status} ${await response.text()}`);
  return new Uint8Array(await response.arrayBuffer());
}

const INGEST_BUDGET_ENTRIES_PER_S = 2_000;

/** Pushes every entry in batches of 100 over HTTP and checks that all were receipted; entries/s. */
async function ingestRate(store: Store, device: BenchDevice): Promise<number> {
  const { app, url } = await serveHq(store);
  try {
    const greeting = decodeSyncMessage(helloResponseSchema, await postCbor(`${url}/api/v1/sync/hello`, encodeSyncMessage(helloRequestSchema, { v: 1, device: device.code }), false), 'hello');
    if (!greeting.ok) throw new Error(greeting.reason);
    const bodies: Uint8Array[] = [];
    for (let start = 0; start < device.entries.length; start += CLIENT_PUSH_BATCH_ENTRIES) {
      bodies.push(await signedPush(device, greeting.value.nonce, device.entries.slice(start, start + CLIENT_PUSH_BATCH_ENTRIES)));
    }
    const startedAt = performance.now();
    for (const body of bodies) {
      const answer = decodeSyncMessage(pushResponseSchema, await postCbor(`${url}/api/v1/sync/push`, body, true), 'push');
      if (!answer.ok || answer.value.rejected.length > 0 || answer.value.receipt?.entries.length !== CLIENT_PUSH_BATCH_ENTRIES) throw new Error('bench: a push was not fully receipted');
    }
    return device.entries.length / ((performance.now() - startedAt) / 1000);
  } finally {
    await app.close();
  }
}

/** The naive baseline: POST one JSON entry per request, one transaction per entry, no verification; entries/s. */
async function naiveRate(store: Store, entries: readonly Uint8Array[]): Promise<number> {
  const db = store.db as unknown as Kysely<{ naive_entries: { id: number; bytes: string } }>;
  await db.schema.createTable('naive_entries').addColumn('id', 'integer', (column) => column.primaryKey()).addColumn('bytes', 'text', (column) => column.notNull()).execute();
  const app = Fastify({ logger: false });
  let next = 0;
  app.post('/naive/entry', async (request) => {
    const { entry } = request.body as { entry: string };
    const id = next++;
    await db.transaction().execute((trx) => trx.insertInto('naive_entries').values({ id, bytes: entry }).execute());
    return { ok: true };
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  try {
    const bodies = entries.map((bytes) => JSON.stringify({ entry: toBase64(bytes) }));
    const startedAt = performance.now();
    for (const body of bodies) {
      const response = await fetch(`${url}/naive/entry`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });
      if (response.status !== 200) throw new Error(`bench: the naive endpoint answered ${response.status}`);
      await response.arrayBuffer();
    }
    return entries.length / ((performance.now() - startedAt) / 1000);
  } finally {
    await app.close();
  }
}

/** A store on an empty database of its own (SQLite in a temp dir, or a new PostgreSQL database), and its disposal. */
async function freshStore(engine: 'sqlite' | 'postgres', databaseUrl: string | undefined): Promise<{ store: Store; dispose: () => Promise<void> }> {
  if (engine === 'sqlite') {
    const dataDir = mkdtempSync(join(tmpdir(), 'hornbill-bench-sync-'));
    const store = await openStore({ dataDir, databaseUrl: undefined });
    return { store, dispose: async () => {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    } };
  }
  if (databaseUrl === undefined) throw new Error('bench: no DATABASE_URL');
  const admin = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: databaseUrl, max: 1 }) }) });
  const name = `hornbill_bench_${randomBytes(6).toString('hex')}`;
  await sql`create database ${sql.id(name)}`.execute(admin);
  const url = new URL(databaseUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ dataDir: tmpdir(), databaseUrl: url.toString() });
  return { store, dispose: async () => {
    await store.close();
    await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
    await admin.destroy();
  } };
}

async function engineRows(engine: 'sqlite' | 'postgres', databaseUrl: string | undefined): Promise<{ rows: BenchRow[]; device: BenchDevice }> {
  const hq = await freshStore(engine, databaseUrl);
  const naive = await freshStore(engine, databaseUrl);
  try {
    const device = await enrolledDevice(hq.store);
    const rate = await ingestRate(hq.store, device);
    const baseline = await naiveRate(naive.store, device.entries);
    return {
      device,
      rows: [{
        figure: `HQ ingest, ${engine}, pushes of ${CLIENT_PUSH_BATCH_ENTRIES} (${ENTRIES.toLocaleString('en')} entries)`,
        value: rate,
        unit: 'entries/s',
        // DESIGN §11 sets the budget on SQLite, the embedded engine of a small authority.
        ...(engine === 'sqlite' ? { budget: { min: INGEST_BUDGET_ENTRIES_PER_S } } : {}),
        baseline: { label: 'naive: 1 JSON request + 1 transaction per entry, no checks', value: baseline },
        note: 'over HTTP on localhost: gzip, device signature, nonce, decode, certificate, entry signature, chain, projection, signed checkpoint and inclusion proofs per push',
      }],
    };
  } finally {
    await hq.dispose();
    await naive.dispose();
  }
}

export async function syncIngestRows(): Promise<BenchRow[]> {
  const databaseUrl = process.env['DATABASE_URL'];
  // A warm-up pass, discarded: the first pass in a fresh process also pays the JIT's compile of the whole path
  // (HQ, client and naive baseline alike), which a long-running HQ pays once. Without it the engine measured
  // first (SQLite) was penalised and PostgreSQL, measured second, was not.
  await engineRows('sqlite', undefined);
  const sqlite = await engineRows('sqlite', undefined);
  const postgres = databaseUrl === undefined ? [] : (await engineRows('postgres', databaseUrl)).rows;
  const batch = sqlite.device.entries.slice(0, CLIENT_PUSH_BATCH_ENTRIES);
  const pushBytes = (await signedPush(sqlite.device, new Uint8Array(16), batch)).length;
  const naiveBytes = batch.reduce((sum, bytes) => sum + JSON.stringify({ entry: toBase64(bytes) }).length, 0);
  return [
    {
      figure: `push body on the wire per entry (gzip'd signed CBOR, ${batch.length} altered entries)`,
      value: pushBytes / batch.length,
      unit: 'B/entry',
      budget: { max: 300 },
      baseline: { label: 'naive: JSON body per entry, base64', value: naiveBytes / batch.length },
    },
    ...sqlite.rows,
    ...postgres,
  ];
}
