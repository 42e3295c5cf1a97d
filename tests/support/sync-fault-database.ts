// An empty database of the engine under test that a real HQ process can open (its DATA_DIR and DATABASE_URL)
// and that the test can open too, before HQ starts and after it stops: what a restart on the same data needs.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore } from '../../src/server/store/open-store.ts';
import type { Engine, Store } from '../../src/server/store/store.ts';

export interface FaultDatabase {
  /** DATA_DIR and DATABASE_URL for `hornbill serve`. */
  readonly env: Readonly<Record<string, string>>;
  open(): Promise<Store>;
  dispose(): Promise<void>;
}

export async function freshFaultDatabase(engine: Engine): Promise<FaultDatabase> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hornbill-sync-fault-'));
  const removeDir = () => rm(dataDir, { recursive: true, force: true });
  if (engine === 'sqlite') {
    return { env: { DATA_DIR: dataDir, DATABASE_URL: '' }, open: () => openStore({ dataDir, databaseUrl: undefined }), dispose: removeDir };
  }
  const serverUrl = inject('databaseUrl');
  if (serverUrl === null) throw new Error('no PostgreSQL server to make a database on');
  const admin = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }) });
  const name = `hornbill_f_${randomBytes(6).toString('hex')}`;
  await sql`create database ${sql.id(name)}`.execute(admin);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const databaseUrl = url.toString();
  return {
    env: { DATA_DIR: dataDir, DATABASE_URL: databaseUrl },
    open: () => openStore({ dataDir, databaseUrl }),
    dispose: async () => {
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
      await removeDir();
    },
  };
}
