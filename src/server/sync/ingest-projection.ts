// After an ingest appends entries, the permits they touch are rebuilt from ALL their entries (the projection
// is a function of the log, whatever order entries arrived in) and stored; conflicts the rebuild reports
// become alerts (docs/sync-protocol.md §Alerts). State problems are never rejections: two devices may act
// legally offline, and HQ tells the admin instead. The entries just appended come decoded from the ingest;
// only the touched permits' older entries are decoded from the log, all read in one query.
import type { Transaction } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { toHex } from '../../core/crypto/bytes.ts';
import { decodeEntry, type DecodedEntry } from '../../core/log/entry.ts';
import type { UnsignedEntry } from '../../core/log/entry-schema.ts';
import { rebuildPermits, sortIntoLogOrder, type ProjectionConflict } from '../../core/log/rebuild-permits.ts';
import type { Database } from '../store/database.ts';
import type { Alert } from './alerts.ts';
import { isListedStatus } from './status-list-publisher.ts';

export interface ProjectedChange {
  readonly alerts: readonly Alert[];
  /** Whether a permit entered a status the status list carries: a new version is due. */
  readonly statusListChanged: boolean;
}

interface PermitEntries {
  readonly entries: UnsignedEntry[];
  readonly receivedAt: string[];
}

/** Rebuilds and stores every permit `appended` (entries already in log_entries) acts on. */
export async function projectTouchedPermits(trx: Transaction<Database>, appended: readonly DecodedEntry[]): Promise<ProjectedChange> {
  const ids = [...new Set(appended.flatMap(({ entry }) => (entry.permit === null ? [] : [entry.permit])))];
  if (ids.length === 0) return { alerts: [], statusListChanged: false };
  const known = new Map(appended.map((decoded) => [toHex(decoded.id), decoded.entry]));
  const rows = await trx.selectFrom('log_entries').select(['leaf_index', 'id', 'permit', 'bytes', 'received_at'])
    .where('permit', 'in', ids).orderBy('leaf_index').execute();
  const before = new Map((await trx.selectFrom('permits').select(['id', 'status']).where('id', 'in', ids).execute()).map((row) => [row.id, row.status]));
  const byPermit = new Map(ids.map((id): [string, PermitEntries] => [id, { entries: [], receivedAt: [] }]));
  const entries = rows.map((row) => {
    const entry = known.get(row.id) ?? storedEntry(row.leaf_index, row.bytes);
    const own = row.permit === null ? undefined : byPermit.get(row.permit);
    own?.entries.push(entry);
    own?.receivedAt.push(row.received_at);
    return entry;
  });
  const { permits, conflicts } = rebuildPermits(entries);
  const alerts: Alert[] = [];
  const upserts: Database['permits'][] = [];
  let statusListChanged = false;
  for (const [id, { entries: own, receivedAt }] of byPermit) {
    const endorsements = own.filter((entry) => entry.action === 'endorsed');
    if (endorsements.length > 1) {
      alerts.push({ kind: 'double-endorsement', subject: id, permit: id, detail: `permit ${id} has ${endorsements.length} endorsements, by ${endorsements.map((entry) => `${entry.actor} on ${entry.device}`).join(', ')}` });
    }
    const permit = permits.get(id);
    if (permit === undefined) continue;
    const status = permit.status;
    if (isListedStatus(status) && before.get(id) !== status) statusListChanged = true;
    upserts.push({
      id,
      number: permit.content.number ?? null,
      status,
      document_type: permit.content.document?.type ?? null,
      origin_device: sortIntoLogOrder(own)[0]?.device ?? '',
      updated_at: receivedAt.sort().at(-1) ?? '',
      entry_count: own.length,
      content: JSON.stringify(permit.content),
    });
  }
  if (upserts.length > 0) {
    await trx.insertInto('permits').values(upserts).onConflict((conflict) => conflict.column('id').doUpdateSet((eb) => ({
      number: eb.ref('excluded.number'),
      status: eb.ref('excluded.status'),
      document_type: eb.ref('excluded.document_type'),
      origin_device: eb.ref('excluded.origin_device'),
      updated_at: eb.ref('excluded.updated_at'),
      entry_count: eb.ref('excluded.entry_count'),
      content: eb.ref('excluded.content'),
    }))).execute();
  }
  alerts.push(...conflicts.flatMap(conflictAlert));
  return { alerts, statusListChanged };
}

/**
 * The alert a refused act raises. An act after cancellation has its own kind. Refusals that a later entry can
 * explain away (an unknown permit, a transition whose predecessor has not arrived yet: devices sync in any
 * order) raise nothing; the others are facts whatever arrives later: four eyes broken, a role acting beyond
 * its rights, a malformed body, an act on a closed permit (a second endorsement has its own alert).
 */
function conflictAlert(conflict: ProjectionConflict): Alert[] {
  const { refusal, permit, entry, action, actor } = conflict;
  const what = `${action} by ${actor} on ${entry.device} (seq ${entry.seq})`;
  if (refusal.code === 'projection.permit-closed' && (refusal.state === 'cancelled' || refusal.state === 'replaced')) {
    return [{ kind: 'act-after-cancellation', subject: permit, permit, device: entry.device, detail: `${what} after the permit was ${refusal.state}` }];
  }
  if (refusal.code === 'projection.permit-closed' && refusal.state === 'endorsed' && action === 'endorsed') return [];
  if (refusal.code === 'projection.unknown-permit' || refusal.code === 'lifecycle.illegal-transition') return [];
  return [{ kind: 'act-refused', subject: `${permit}/${entry.device}/${entry.seq}`, permit, device: entry.device, detail: `${what}: ${refusal.message.en}` }];
}

function storedEntry(leafIndex: number, text: string): UnsignedEntry {
  const bytes = parseBase64(text);
  const decoded = bytes === undefined ? undefined : decodeEntry(bytes);
  if (decoded === undefined || !decoded.ok) throw new Error(`HQ log: leaf ${leafIndex} does not decode`);
  return decoded.value.entry;
}
