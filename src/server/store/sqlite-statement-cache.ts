// Kysely prepares every query afresh, and better-sqlite3's prepare is a real cost when HQ answers many small
// queries at once (a tenth of the sync route's CPU under load). Queries are built from a fixed set of
// shapes with parameters bound separately, so caching statements by SQL text is bounded and safe; a
// statement being iterated cannot run again, so iteration gets a statement of its own.
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/** Distinct SQL texts kept; the least recently used is dropped past this. */
const MAX_STATEMENTS = 500;

export function withStatementCache(database: SqliteDatabase): SqliteDatabase {
  const statements = new Map<string, SqliteStatement>();
  return {
    close: () => {
      statements.clear();
      database.close();
    },
    prepare: (sql) => {
      let statement = statements.get(sql);
      if (statement === undefined) {
        statement = database.prepare(sql);
        if (statements.size >= MAX_STATEMENTS) statements.delete(statements.keys().next().value ?? '');
      } else {
        statements.delete(sql);
      }
      statements.set(sql, statement);
      const cached = statement;
      return {
        reader: cached.reader,
        all: (parameters) => cached.all(parameters),
        run: (parameters) => cached.run(parameters),
        iterate: (parameters) => database.prepare(sql).iterate(parameters),
      };
    },
  };
}
