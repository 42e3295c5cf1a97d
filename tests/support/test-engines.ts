import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Kysely, PostgresDialect, sql } from 'kysely';
import pg from 'pg';
import { inject } from 'vitest';
import { openStore } from '../../src/server/store/open-store.ts';
import type { Engine, Store } from '../../src/server/store/store.ts';

/** A store on an empty database of its own, and how to throw it away. */
export interface FreshStore {
  readonly store: Store;
  dispose(): Promise<void>;
}

export interface TestEngine {
  readonly engine: Engine;
  /** Why this engine's tests are skipped; undefined when they run. */
  readonly skipReason: string | undefined;
  openFresh(): Promise<FreshStore>;
}

const isCi = process.env['CI'] === 'true';

/** Both engines, for `describe.each`. PostgreSQL is skipped only outside CI when there is none at all. */
export function testEngines(): readonly TestEngine[] {
  const databaseUrl = inject('databaseUrl');
  const postgresSkipReason = databaseUrl === null && !isCi ? 'no PostgreSQL: set DATABASE_URL or install PostgreSQL' : undefined;
  return [
    { engine: 'sqlite', skipReason: undefined, openFresh: openFreshSqlite },
    {
      engine: 'postgres',
      skipReason: postgresSkipReason,
      openFresh: () => {
        if (databaseUrl === null) throw new Error('CI=true but no PostgreSQL is reachable: set DATABASE_URL or install PostgreSQL');
        return openFreshPostgres(databaseUrl);
      },
    },
  ];
}

async function openFreshSqlite(): Promise<FreshStore> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'hornbill-test-'));
  const store = await openStore({ dataDir, databaseUrl: undefined });
  return {
    store,
    dispose: async () => {
      await store.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** Creates a database of its own on the shared server, so test files never see each other's rows. */
async function openFreshPostgres(serverUrl: string): Promise<FreshStore> {
  const admin = new Kysely<unknown>({ dialect: new PostgresDialect({ pool: new pg.Pool({ connectionString: serverUrl, max: 1 }) }) });
  const name = `hornbill_t_${randomBytes(6).toString('hex')}`;
  try {
    await sql`create database ${sql.id(name)}`.execute(admin);
  } catch (error) {
    await admin.destroy();
    throw error;
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const store = await openStore({ dataDir: tmpdir(), databaseUrl: url.toString() });
  return {
    store,
    dispose: async () => {
      await store.close();
      await sql`drop database if exists ${sql.id(name)} with (force)`.execute(admin);
      await admin.destroy();
    },
  };
}
