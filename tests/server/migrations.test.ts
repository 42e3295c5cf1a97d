import type { Kysely } from 'kysely';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../src/server/store/database.ts';
import { ensureInstallation } from '../../src/server/store/installation.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import { testEngines } from '../support/test-engines.ts';

/** Tables and columns as the engine reports them, sorted, for comparing engines. */
async function describeSchema(db: Kysely<Database>) {
  const tables = await db.introspection.getTables();
  return tables
    .map((table) => ({
      name: table.name,
      columns: table.columns
        .map((column) => ({ name: column.name, dataType: column.dataType.toLowerCase(), isNullable: column.isNullable }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

const engines = testEngines();

describe.each(engines)('migrations on $engine', ({ skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let db: Kysely<Database>;
    beforeAll(async () => {
      const fresh = await openFresh();
      db = fresh.store.db;
      return () => fresh.dispose();
    });

    it('are idempotent: a second run changes nothing', async () => {
      await migrateToLatest(db);
      const first = await describeSchema(db);
      await migrateToLatest(db);
      expect(await describeSchema(db)).toEqual(first);
      expect(first.map((table) => table.name)).toEqual([
        'alerts',
        'authority',
        'checklist_pages',
        'checklist_taxon_names',
        'checklist_versions',
        'checkpoints',
        'device_chains',
        'devices',
        'enrolment_challenges',
        'foreign_trust_lists',
        'key_certificates',
        'log_entries',
        'permits',
        'quarantine',
        'quota_share_versions',
        'quota_shares',
        'revocations',
        'secretariat_notices',
        'server_meta',
        'sessions',
        'sign_in_attempts',
        'status_list_versions',
        'trust_list_versions',
        'users',
      ]);
    });

    it('keep the log entries append-only: an UPDATE or a DELETE is refused by the engine and changes nothing', async () => {
      const row = {
        leaf_index: 0, id: 'ab'.repeat(32), device: 'T3F', seq: 0, permit: null, action: 'login', actor: 'u', role: 'officer' as const,
        wall_time: '2026-01-01T00:00:00.000Z', hlc: '1.0', bytes: 'AA==', leaf_hash: 'AA==', received_at: '2026-01-01T00:00:00.000Z',
      };
      await db.insertInto('log_entries').values(row).execute();
      await expect(db.updateTable('log_entries').set({ actor: 'mallory' }).where('leaf_index', '=', 0).execute()).rejects.toThrow(/append-only/);
      await expect(db.deleteFrom('log_entries').where('leaf_index', '=', 0).execute()).rejects.toThrow(/append-only/);
      expect(await db.selectFrom('log_entries').selectAll().execute()).toEqual([row]);
    });

    it('record the installation once and keep it on later starts', async () => {
      const first = await ensureInstallation(db, new Date('2026-01-02T03:04:05Z'));
      const second = await ensureInstallation(db, new Date('2027-01-01T00:00:00Z'));
      expect(first.installationId).toMatch(/^[0-9a-f-]{36}$/);
      expect(first.createdAt).toBe('2026-01-02T03:04:05.000Z');
      expect(second).toEqual(first);
    });
  });
});

const [sqliteEngine, postgresEngine] = engines;
describe.skipIf(postgresEngine?.skipReason !== undefined)('one schema for two engines', () => {
  it('creates identical tables and columns on SQLite and PostgreSQL', async () => {
    if (sqliteEngine === undefined || postgresEngine === undefined) throw new Error('two engines expected');
    const stores = [await sqliteEngine.openFresh(), await postgresEngine.openFresh()];
    try {
      const schemas = [];
      for (const { store } of stores) {
        await migrateToLatest(store.db);
        schemas.push(await describeSchema(store.db));
      }
      expect(schemas[1]).toEqual(schemas[0]);
    } finally {
      await Promise.all(stores.map((fresh) => fresh.dispose()));
    }
  });
});
