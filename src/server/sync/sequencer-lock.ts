// The sequencer lock (docs/sync-protocol.md §Push): one ingest at a time appends to the log. PostgreSQL:
// a transaction-scoped advisory lock, so several HQ processes may share a database. SQLite: one writer
// already (this process's single connection runs one transaction at a time; another process waits on
// busy_timeout or gets SQLITE_BUSY, and the ingest is retried).
import { sql, type Transaction } from 'kysely';
import type { Database } from '../store/database.ts';
import type { Engine } from '../store/store.ts';

/** Any constant of HQ's own: the key of the advisory lock that guards leaf_index allocation. */
const SEQUENCER_LOCK_KEY = 0x686f726e; // "horn"

export async function takeSequencerLock(trx: Transaction<Database>, engine: Engine): Promise<void> {
  if (engine === 'postgres') await sql`select pg_advisory_xact_lock(${SEQUENCER_LOCK_KEY})`.execute(trx);
}
