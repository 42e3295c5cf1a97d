// Push (docs/sync-protocol.md §Push), after the request was authenticated: decodes every entry and checks its
// signature before taking any lock (ingest-prepare.ts), then joins the group of pushes stored next
// (group-commit.ts). A group is stored in ONE transaction under the sequencer lock: every entry checked
// against HQ's record of its device's chain, the new log entries, chain heads, quarantine, rebuilt permits,
// alerts, one signed checkpoint and (when a permit was closed) one new status list; each push is answered
// with a receipt for every entry of its batch HQ holds.
import { randomUUID } from 'node:crypto';
import type { Transaction } from 'kysely';
import { toBase64 } from '../../core/crypto/base64.ts';
import { fromHex, toHex } from '../../core/crypto/bytes.ts';
import { startDeviceChain, type DeviceChainTip } from '../../core/log/device-chain.ts';
import type { DecodedEntry } from '../../core/log/entry.ts';
import { appendLeafHash, inclusionProof, merkleTreeSize, type MerkleTree } from '../../core/log/merkle-tree.ts';
import type { PushResponse } from '../../core/sync/push.ts';
import type { Receipt } from '../../core/sync/receipt.ts';
import type { SyncRequest } from '../../core/sync/signed-request.ts';
import { PROTOCOL_VERSION } from '../../core/sync/wire-types.ts';
import type { Database } from '../store/database.ts';
import { retryOnConflict } from '../store/retry-on-conflict.ts';
import { raiseAlerts, type Alert } from './alerts.ts';
import { newestCheckpoint, signAndStoreCheckpoint, type StoredCheckpoint } from './checkpoints.ts';
import { createSignatureVerifier, type SignatureVerifier } from './entry-signature.ts';
import { deviceCertificates, hqKeyLookup } from './hq-key-lookup.ts';
import { checkBatch, type CheckedBatch } from './ingest-check.ts';
import { prepareEntries, type PreparedEntry } from './ingest-prepare.ts';
import { batchAnswer, pushedChains, type ChainCheck, type PushedChain } from './push-chains.ts';
import { projectTouchedPermits } from './ingest-projection.ts';
import { storeInGroup } from './group-commit.ts';
import { entryLeafHash, logEntryRow } from './log-entry-row.ts';
import { catchUpMerkleLog, truncateMerkleLog, withMerkleLog } from './merkle-log.ts';
import { recordDeviceSync } from './pull-device-state.ts';
import { takeSequencerLock } from './sequencer-lock.ts';
import { publishStatusList } from './status-list-publisher.ts';
import { formatStoredHlc, parseStoredHlc } from './stored-hlc.ts';
import type { SyncContext } from './sync-context.ts';

export type PushRequest = Extract<SyncRequest, { kind: 'push' }>;

/** A push after its stateless checks, split by device chain, waiting to be stored with the others of its group. */
export interface PreparedPush {
  readonly request: PushRequest;
  readonly chains: readonly PushedChain[];
  readonly verify: SignatureVerifier;
}

/** The most pushes stored in one transaction (each is at most MAX_PUSH_ENTRIES entries). */
export const MAX_PUSHES_PER_GROUP = 64;

export async function ingestPush(context: SyncContext, request: PushRequest): Promise<PushResponse> {
  return storeInGroup(context.pushes, await preparePush(context, request));
}

/** Decodes the push's entries and checks their signatures (before any lock), and splits them by device chain. */
export async function preparePush(context: SyncContext, request: PushRequest): Promise<PreparedPush> {
  const verify = createSignatureVerifier();
  const certificatesOf = (device: string) => deviceCertificates(context.db, device, context.verifiedCertificates);
  const prepared = await prepareEntries(request.push.entries, certificatesOf, verify);
  return { request, chains: pushedChains(request.device, prepared), verify };
}

/**
 * Stores a group of pushes in ONE transaction under the sequencer lock: each push checked against HQ's record
 * of its device's chain (as left by the pushes before it in the group) and its entries appended, then the
 * touched permits rebuilt, the alerts, one status list and one checkpoint for all; each push is answered
 * with a receipt against that checkpoint.
 */
export async function storePushGroup(context: SyncContext, pushes: readonly PreparedPush[]): Promise<PushResponse[]> {
  const { db, log, rootSigner } = context;
  const logKey = await context.logKey();
  // The route answers 503 before this without them; a push already queued when they vanish fails.
  if (logKey === undefined || rootSigner === undefined) throw new Error('HQ has no root key to sign the checkpoint and status list with');
  return withMerkleLog(log, (tree) => retryOnConflict(async () => {
    let committedSize = merkleTreeSize(tree);
    try {
      return await db.transaction().execute(async (trx) => {
        await takeSequencerLock(trx, context.engine);
        committedSize = await catchUpMerkleLog(trx, log);
        const now = context.clock();
        const stored: StoredPush[] = [];
        for (const push of pushes) stored.push(await storePush(trx, context, tree, push, now));
        const accepted = stored.flatMap(({ checked }) => checked.accepted);
        const projected = await projectTouchedPermits(trx, accepted);
        await raiseAlerts(trx, [...stored.flatMap(({ checked }) => checked.alerts), ...projected.alerts], now);
        if (projected.statusListChanged) await publishStatusList(trx, rootSigner, now);
        const receipted = stored.some(({ checked }) => checked.receipted.length > 0);
        const checkpoint = accepted.length > 0
          ? await signAndStoreCheckpoint(trx, logKey, tree, merkleTreeSize(tree), now)
          : receipted ? await newestCheckpoint(trx) : undefined;
        return Promise.all(stored.map(async ({ checked, leafOf }): Promise<PushResponse> => ({
          v: PROTOCOL_VERSION,
          receipt: checked.receipted.length === 0 || checkpoint === undefined ? null : await receiptFor(trx, tree, checkpoint, checked.receipted, leafOf),
          rejected: checked.rejected.map(({ index, id, code, reason }) => ({ index, id, code, reason })),
          hqTime: now.getTime(),
        })));
      });
    } catch (error) {
      // Leaves of a transaction that did not commit must not stay in the cache.
      truncateMerkleLog(log, committedSize);
      throw error;
    }
  }));
}

interface StoredPush {
  /** The answer for the whole batch, over every chain it carried. */
  readonly checked: Omit<CheckedBatch, 'chain'>;
  readonly leafOf: ReadonlyMap<string, number>;
}

/**
 * One push of a group: each device chain it carries checked, its accepted entries appended, its chain head and
 * quarantine stored; then the sender's sync state.
 */
async function storePush(trx: Transaction<Database>, context: SyncContext, tree: MerkleTree, { request, chains, verify }: PreparedPush, now: Date): Promise<StoredPush> {
  const checks: ChainCheck[] = [];
  const accepted: DecodedEntry[] = [];
  const alerts: Alert[] = [];
  const leafOf = new Map<string, number>();
  for (const chain of chains) {
    const checked = await checkAgainstHq(trx, context, chain, verify);
    for (const [id, leaf] of await appendEntries(trx, tree, checked.accepted, now)) leafOf.set(id, leaf);
    await storeChainHead(trx, chain.device, checked);
    await storeQuarantine(trx, chain, checked, now);
    checks.push({ chain, checked });
    accepted.push(...checked.accepted);
    alerts.push(...checked.alerts);
  }
  await recordDeviceSync(trx, { device: request.device, syncedAt: now, sentAt: request.sentAt, pending: request.pending });
  return { checked: { ...batchAnswer(checks), accepted, alerts }, leafOf };
}

async function checkAgainstHq(trx: Transaction<Database>, context: SyncContext, { device, entries }: PushedChain, verify: SignatureVerifier): Promise<CheckedBatch> {
  if (!(await isEnrolled(trx, device))) return notEnrolled(device, entries);
  const held = await trx.selectFrom('log_entries').select('id').where('id', 'in', entries.map(({ hex }) => hex)).execute();
  return checkBatch({
    device,
    entries,
    chain: await chainOf(trx, device),
    held: new Set(held.map((row) => row.id)),
    heldIdAtSeq: async (seq) => (await trx.selectFrom('log_entries').select('id').where('device', '=', device).where('seq', '=', seq).executeTakeFirst())?.id,
    lookup: await hqKeyLookup(trx, device, context.verifiedCertificates),
    verify,
  });
}

async function chainOf(trx: Transaction<Database>, device: string): Promise<DeviceChainTip> {
  const row = await trx.selectFrom('device_chains').select(['next_seq', 'head_id', 'head_hlc']).where('device', '=', device).executeTakeFirst();
  if (row === undefined || row.next_seq === 0) return startDeviceChain(device);
  return { device, nextSeq: row.next_seq, prev: fromHex(row.head_id), hlc: parseStoredHlc(row.head_hlc) };
}

/** Appends the accepted entries as the next leaves, in the cache and in log_entries; returns their leaf indexes by hex id. */
async function appendEntries(trx: Transaction<Database>, tree: MerkleTree, accepted: readonly DecodedEntry[], now: Date): Promise<ReadonlyMap<string, number>> {
  if (accepted.length === 0) return new Map();
  const rows = accepted.map((entry) => logEntryRow(entry, appendLeafHash(tree, entryLeafHash(entry)), now));
  await trx.insertInto('log_entries').values(rows).execute();
  return new Map(rows.map((row) => [row.id, row.leaf_index]));
}

async function isEnrolled(trx: Transaction<Database>, device: string): Promise<boolean> {
  return (await trx.selectFrom('devices').select('code').where('code', '=', device).executeTakeFirst()) !== undefined;
}

/** Every entry of a chain of a device HQ never enrolled, refused (a relayed chain HQ cannot check). */
function notEnrolled(device: string, entries: readonly PreparedEntry[]): CheckedBatch {
  const reason = `device ${device} is not enrolled with this HQ`;
  return {
    accepted: [],
    receipted: [],
    rejected: entries.map(({ id, bytes }, index) => ({ index, id, bytes, code: 'entry.wrong-device', reason })),
    alerts: [],
    chain: startDeviceChain(device),
  };
}

/** The chain head after the accepted entries; a relayed device's row may not exist yet (it never synced itself). */
async function storeChainHead(trx: Transaction<Database>, device: string, checked: CheckedBatch): Promise<void> {
  if (checked.accepted.length === 0) return;
  const { chain } = checked;
  const head = { next_seq: chain.nextSeq, head_id: toHex(chain.prev), head_hlc: chain.hlc === null ? '0.0' : formatStoredHlc(chain.hlc) };
  await trx.insertInto('device_chains').values({ device, ...head, last_sync_at: null, clock_skew_ms: null, pending: null })
    .onConflict((conflict) => conflict.column('device').doUpdateSet(head)).execute();
}

/** Rejected entries with the device whose chain they claim and their position in the whole batch. */
async function storeQuarantine(trx: Transaction<Database>, chain: PushedChain, checked: CheckedBatch, now: Date): Promise<void> {
  if (checked.rejected.length === 0) return;
  await trx.insertInto('quarantine').values(checked.rejected.map((rejection) => ({
    id: randomUUID(),
    entry_id: toHex(rejection.id),
    device: chain.device,
    batch_index: chain.indexes[rejection.index] ?? rejection.index,
    code: rejection.code,
    reason: rejection.reason,
    bytes: toBase64(rejection.bytes),
    received_at: now.toISOString(),
  }))).execute();
}

/** The checkpoint and, for each id, its leaf index (`appended` now, else read) and inclusion proof into the checkpoint's tree. */
async function receiptFor(trx: Transaction<Database>, tree: MerkleTree, checkpoint: StoredCheckpoint, ids: readonly string[], appended: ReadonlyMap<string, number>): Promise<Receipt> {
  const heldBefore = ids.filter((id) => !appended.has(id));
  const rows = heldBefore.length === 0 ? [] : await trx.selectFrom('log_entries').select(['id', 'leaf_index']).where('id', 'in', heldBefore).execute();
  const leafOf = new Map([...appended, ...rows.map((row): [string, number] => [row.id, row.leaf_index])]);
  const entries = ids.map((id) => {
    const leafIndex = leafOf.get(id);
    if (leafIndex === undefined) throw new Error(`HQ log: entry ${id} was to be held but is not`);
    return { id: fromHex(id), leafIndex, proof: inclusionProof(tree, leafIndex, checkpoint.treeSize) };
  });
  return { checkpoint: checkpoint.note, entries };
}
