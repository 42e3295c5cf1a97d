import SqliteDatabase from 'better-sqlite3';
import type { SqliteDatabase as KyselySqliteDatabase, SqliteStatement } from 'kysely';
import { afterEach, describe, expect, it } from 'vitest';
import { withStatementCache } from '../../src/server/store/sqlite-statement-cache.ts';

/** An in-memory database whose prepare calls are counted. */
function countedDatabase(): { database: KyselySqliteDatabase; prepared: () => number } {
  const connection = new SqliteDatabase(':memory:');
  connection.exec('create table t (n integer not null); insert into t values (1), (2), (3)');
  let prepared = 0;
  const database: KyselySqliteDatabase = {
    close: () => connection.close(),
    prepare: (sql): SqliteStatement => {
      prepared += 1;
      return connection.prepare(sql);
    },
  };
  return { database, prepared: () => prepared };
}

describe('the SQLite statement cache', () => {
  let close = () => {};
  afterEach(() => close());

  it('prepares a query once and gives the same answers with new parameters', () => {
    const counted = countedDatabase();
    close = () => counted.database.close();
    const cached = withStatementCache(counted.database);
    const select = 'select n from t where n >= ? order by n';
    expect(cached.prepare(select).all([2])).toEqual([{ n: 2 }, { n: 3 }]);
    expect(cached.prepare(select).all([3])).toEqual([{ n: 3 }]);
    expect(cached.prepare('insert into t values (?)').run([4]).changes).toBe(1);
    expect(cached.prepare(select).all([4])).toEqual([{ n: 4 }]);
    expect(counted.prepared()).toBe(2);
  });

  it('gives an iteration a statement of its own, so the same query can run while another iterates it', () => {
    const counted = countedDatabase();
    close = () => counted.database.close();
    const cached = withStatementCache(counted.database);
    const select = 'select n from t order by n';
    const seen: number[] = [];
    for (const row of cached.prepare(select).iterate([]) as IterableIterator<{ n: number }>) {
      seen.push(row.n, (cached.prepare(select).all([]) as { n: number }[]).length);
    }
    expect(seen).toEqual([1, 3, 2, 3, 3, 3]);
  });
});
