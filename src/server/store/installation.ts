import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export interface Installation {
  readonly installationId: string;
  readonly createdAt: string;
}

/**
 * Records this installation on first start and returns it; later starts return the stored values.
 * ON CONFLICT DO NOTHING makes concurrent first starts (several HQ processes on PostgreSQL) agree.
 */
export async function ensureInstallation(db: Kysely<Database>, now: Date): Promise<Installation> {
  await db
    .insertInto('server_meta')
    .values([
      { key: 'installation_id', value: randomUUID() },
      { key: 'created_at', value: now.toISOString() },
    ])
    .onConflict((conflict) => conflict.column('key').doNothing())
    .execute();
  const rows = await db.selectFrom('server_meta').select(['key', 'value']).where('key', 'in', ['installation_id', 'created_at']).execute();
  const valueOf = (key: string): string => {
    const row = rows.find((candidate) => candidate.key === key);
    if (row === undefined) throw new Error(`server_meta has no ${key}`);
    return row.value;
  };
  return { installationId: valueOf('installation_id'), createdAt: valueOf('created_at') };
}
