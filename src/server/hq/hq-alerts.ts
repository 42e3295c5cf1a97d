// HQ's alerts (docs/sync-protocol.md §Alerts): unacknowledged first, newest first; acknowledging records
// who and when, once (a second acknowledgement keeps the first).
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { pageOf, type Page, type PageRequest } from './page.ts';

export interface HqAlert {
  readonly id: string;
  readonly kind: string;
  readonly subject: string;
  readonly permit: { readonly id: string; readonly number: string | null } | null;
  readonly device: string | null;
  readonly entryId: string | null;
  readonly detail: string;
  readonly raisedAt: string;
  readonly acknowledged: { readonly at: string; readonly by: { readonly id: string; readonly displayName: string | null } } | null;
}

export async function listHqAlerts(db: Kysely<Database>, page: PageRequest): Promise<Page<HqAlert>> {
  const rows = await db.selectFrom('alerts')
    .leftJoin('permits', 'permits.id', 'alerts.permit')
    .leftJoin('users', 'users.id', 'alerts.acknowledged_by')
    .select([
      'alerts.id', 'alerts.kind', 'alerts.subject', 'alerts.permit', 'permits.number', 'alerts.device', 'alerts.entry_id',
      'alerts.detail', 'alerts.raised_at', 'alerts.acknowledged_at', 'alerts.acknowledged_by', 'users.display_name',
    ])
    .orderBy((eb) => eb.case().when('alerts.acknowledged_at', 'is', null).then(0).else(1).end())
    .orderBy('alerts.raised_at', 'desc').orderBy('alerts.id')
    .limit(page.limit + 1).offset(page.offset).execute();
  return pageOf(rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    subject: row.subject,
    permit: row.permit === null ? null : { id: row.permit, number: row.number },
    device: row.device,
    entryId: row.entry_id,
    detail: row.detail,
    raisedAt: row.raised_at,
    acknowledged: row.acknowledged_at === null ? null : { at: row.acknowledged_at, by: { id: row.acknowledged_by ?? '', displayName: row.display_name } },
  })), page);
}

/** Marks an alert acknowledged by the user; false when there is no such alert. */
export async function acknowledgeAlert(db: Kysely<Database>, id: string, userId: string, now: Date): Promise<boolean> {
  await db.updateTable('alerts').set({ acknowledged_at: now.toISOString(), acknowledged_by: userId })
    .where('id', '=', id).where('acknowledged_at', 'is', null).execute();
  const row = await db.selectFrom('alerts').select('id').where('id', '=', id).executeTakeFirst();
  return row !== undefined;
}
