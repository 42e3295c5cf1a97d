// After an ingest appends entries, the permits they touch are rebuilt from ALL their entries (the projection
// is a function of the log, whatever order entries arrived in) and stored; conflicts the rebuild reports
// become alerts (docs/sync-protocol.md §Alerts). State problems are never rejections: two devices may act
// legally offline, and HQ tells the admin instead.
import type { Transaction } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { decodeEntry } from '../../core/log/entry.ts';
import type { UnsignedEntry } from '../../core/log/entry-schema.ts';
import { rebuildPermits, sortIntoLogOrder } from '../../core/log/rebuild-permits.ts';
import type { Database } from '../store/database.ts';
import type { Alert } from './alerts.ts';
import { isListedStatus } from './status-list-publisher.ts';

export interface ProjectedChange {
  readonly alerts: readonly Alert[];
  /** Whether a permit entered a status the status list carries: a new version is due. */
  readonly statusListChanged: boolean;
}

export async function projectTouchedPermits(trx: Transaction<Database>, permitIds: ReadonlySet<string>): Promise<ProjectedChange> {
  if (permitIds.size === 0) return { alerts: [], statusListChanged: false };
  const ids = [...permitIds];
  const rows = await trx.selectFrom('log_entries').select(['leaf_index', 'permit', 'bytes', 'received_at'])
    .where('permit', 'in', ids).orderBy('leaf_index').execute();
  const before = new Map((await trx.selectFrom('permits').select(['id', 'status']).where('id', 'in', ids).execute()).map((row) => [row.id, row.status]));
  const entries = rows.map((row) => storedEntry(row.leaf_index, row.bytes));
  const { permits, conflicts } = rebuildPermits(entries);
  const alerts: Alert[] = [];
  let statusListChanged = false;
  for (const id of ids) {
    const own = entries.filter((entry) => entry.permit === id);
    const endorsements = own.filter((entry) => entry.action === 'endorsed');
    if (endorsements.length > 1) {
      alerts.push({ kind: 'double-endorsement', subject: id, permit: id, detail: `permit ${id} has ${endorsements.length} endorsements, by ${endorsements.map((entry) => `${entry.actor} on ${entry.device}`).join(', ')}` });
    }
    const permit = permits.get(id);
    if (permit === undefined) continue;
    const status = permit.status;
    if (isListedStatus(status) && before.get(id) !== status) statusListChanged = true;
    const receivedAt = rows.filter((row) => row.permit === id).map((row) => row.received_at).sort();
    const row = {
      number: permit.content.number ?? null,
      status,
      document_type: permit.content.document?.type ?? null,
      origin_device: sortIntoLogOrder(own)[0]?.device ?? '',
      updated_at: receivedAt.at(-1) ?? '',
      entry_count: own.length,
      content: JSON.stringify(permit.content),
    };
    await trx.insertInto('permits').values({ id, ...row }).onConflict((conflict) => conflict.column('id').doUpdateSet(row)).execute();
  }
  for (const conflict of conflicts) {
    if (conflict.refusal.code !== 'projection.permit-closed') continue;
    const state = conflict.refusal.state;
    if (state !== 'cancelled' && state !== 'replaced') continue;
    alerts.push({
      kind: 'act-after-cancellation',
      subject: conflict.permit,
      permit: conflict.permit,
      device: conflict.entry.device,
      detail: `${conflict.action} by ${conflict.actor} on ${conflict.entry.device} (seq ${conflict.entry.seq}) after the permit was ${state}`,
    });
  }
  return { alerts, statusListChanged };
}

function storedEntry(leafIndex: number, text: string): UnsignedEntry {
  const bytes = parseBase64(text);
  const decoded = bytes === undefined ? undefined : decodeEntry(bytes);
  if (decoded === undefined || !decoded.ok) throw new Error(`HQ log: leaf ${leafIndex} does not decode`);
  return decoded.value.entry;
}
