// One permit as HQ holds it: the projected content and the audit trail merged from every device that acted
// on it, in the log order every replica folds entries in (HLC, device, seq), each with HQ's receipt facts.
import type { Kysely } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { toHex } from '../../core/crypto/bytes.ts';
import { compareEntryPositions } from '../../core/log/entry-order.ts';
import { decodeEntry } from '../../core/log/entry.ts';
import type { Database } from '../store/database.ts';
import { permitSummary, type HqPermitSummary } from './hq-permits.ts';

export interface TrailEntry {
  readonly id: string;
  readonly leafIndex: number;
  readonly device: string;
  readonly seq: number;
  readonly actor: string;
  /** The actor's display name at HQ (null if the user id is not HQ's: a foreign or corrupt entry). */
  readonly actorName: string | null;
  readonly role: string;
  readonly action: string;
  /** The device's wall time when it signed (ISO-8601). */
  readonly wallTime: string;
  readonly hlc: { readonly wallMs: number; readonly counter: number };
  /** HQ's clock when it stored the entry. */
  readonly receivedAt: string;
  /** The names of the fields the entry's body wrote. */
  readonly bodyFields: string[];
}

export interface HqPermitDetail extends HqPermitSummary {
  readonly content: unknown;
  readonly trail: TrailEntry[];
}

export async function hqPermitWithTrail(db: Kysely<Database>, id: string): Promise<HqPermitDetail | undefined> {
  const permit = await db.selectFrom('permits').selectAll().where('id', '=', id).executeTakeFirst();
  if (permit === undefined) return undefined;
  const rows = await db.selectFrom('log_entries').leftJoin('users', 'users.id', 'log_entries.actor')
    .select(['log_entries.leaf_index', 'log_entries.bytes', 'log_entries.received_at', 'users.display_name'])
    .where('log_entries.permit', '=', id).orderBy('log_entries.leaf_index').execute();
  return {
    ...permitSummary(permit),
    content: JSON.parse(permit.content) as unknown,
    trail: rows.map((row) => trailEntry(row.leaf_index, row.bytes, row.received_at, row.display_name)).sort(compareEntryPositions),
  };
}

function trailEntry(leafIndex: number, stored: string, receivedAt: string, actorName: string | null): TrailEntry {
  const bytes = parseBase64(stored);
  const decoded = bytes === undefined ? undefined : decodeEntry(bytes);
  // Entries are checked before they are stored: an undecodable one means the database was altered.
  if (decoded === undefined || !decoded.ok) throw new Error(`HQ log: leaf ${leafIndex} does not decode as an entry`);
  const { entry, id } = decoded.value;
  return {
    id: toHex(id),
    leafIndex,
    device: entry.device,
    seq: entry.seq,
    actor: entry.actor,
    actorName,
    role: entry.role,
    action: entry.action,
    wallTime: new Date(entry.wallTime).toISOString(),
    hlc: entry.hlc,
    receivedAt,
    bodyFields: Object.keys(entry.body).sort(),
  };
}
