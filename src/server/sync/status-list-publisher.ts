// The permit status list HQ publishes (DESIGN §4): every permit of the authority that is cancelled, replaced
// or endorsed, with when (the wall time of the entry that closed it) and, for an endorsement, the port.
// A new signed version is appended whenever an ingest closes a permit; pull hands out the newest.
import type { Kysely } from 'kysely';
import { toBase64 } from '../../core/crypto/base64.ts';
import { compareEntryPositions, type EntryPosition } from '../../core/log/entry-order.ts';
import type { PermitDraft } from '../../core/permit/model/permit-draft.ts';
import { signStatusList, type ListedPermit } from '../../core/trust/status-list.ts';
import type { ListedPermitStatus } from '../../core/trust/status-list-schema.ts';
import type { RootSigner } from '../identity/root-signer.ts';
import type { Database } from '../store/database.ts';
import { parseStoredHlc } from './stored-hlc.ts';

export const LISTED_STATUSES: readonly ListedPermitStatus[] = ['cancelled', 'replaced', 'endorsed'];

/** Signs and appends the next status list version; run it inside the transaction that changed the permits. */
export async function publishStatusList(db: Kysely<Database>, rootSigner: RootSigner, now: Date): Promise<void> {
  const latest = await db.selectFrom('status_list_versions').select((eb) => eb.fn.max('version').as('version')).executeTakeFirst();
  const version = Number(latest?.version ?? 0) + 1;
  const signed = await signStatusList(rootSigner.seed, { party: rootSigner.party, version, issuedAt: now.getTime(), permits: await listedPermits(db) });
  await db.insertInto('status_list_versions').values({ version, issued_at: now.toISOString(), signed: toBase64(signed) }).execute();
}

async function listedPermits(db: Kysely<Database>): Promise<ListedPermit[]> {
  const listed = db.selectFrom('permits').where('status', 'in', LISTED_STATUSES).where('number', 'is not', null);
  const permits = await listed.select(['id', 'number', 'status', 'content']).orderBy('id').execute();
  const statusOf = new Map(permits.map((permit) => [permit.id, permit.status]));
  const acts = await db.selectFrom('log_entries').select(['permit', 'action', 'wall_time', 'hlc', 'device', 'seq'])
    .where('action', 'in', LISTED_STATUSES).where('permit', 'in', listed.select('id')).execute();
  const closing = new Map<string, { position: EntryPosition; at: number }>();
  for (const act of acts) {
    if (act.permit === null || statusOf.get(act.permit) !== act.action) continue;
    const position = { hlc: parseStoredHlc(act.hlc), device: act.device, seq: act.seq };
    const held = closing.get(act.permit);
    // Of two endorsements, the one first in log order is the one the projection applied.
    if (held === undefined || compareEntryPositions(position, held.position) < 0) closing.set(act.permit, { position, at: Date.parse(act.wall_time) });
  }
  return permits.flatMap(({ id, number, status, content }) => {
    const act = closing.get(id);
    if (number === null || act === undefined || !isListedStatus(status)) return [];
    const port = status === 'endorsed' ? (JSON.parse(content) as PermitDraft).endorsement?.port : undefined;
    return [port === undefined ? { permitNumber: number, status, at: act.at } : { permitNumber: number, status, at: act.at, place: port }];
  });
}

export function isListedStatus(status: string): status is ListedPermitStatus {
  return (LISTED_STATUSES as readonly string[]).includes(status);
}
