// Pull (docs/sync-protocol.md §Pull), after the request was authenticated: other devices' permit entries
// from the cursor on, HQ's newest checkpoint with a consistency proof from the device's, newer signed lists,
// changes to the device's users, the device's quota shares when newer, HQ's newest checklist when it differs
// from the device's, and HQ's clock. The checkpoint is read first and bounds the entries, so
// every entry sent is covered by the checkpoint the device verifies with it.
import type { Kysely } from 'kysely';
import type { PullResponse } from '../../core/sync/pull.ts';
import type { SyncRequest } from '../../core/sync/signed-request.ts';
import { PROTOCOL_VERSION } from '../../core/sync/wire-types.ts';
import type { Database } from '../store/database.ts';
import { consistencyProofBetween, newestCheckpoint } from './checkpoints.ts';
import type { MerkleLog } from './merkle-log.ts';
import { recordDeviceSync } from './pull-device-state.ts';
import { newerChecklist, newerQuotaShares, newerStatusList, newerTrustList, usersOfDevice } from './pull-documents.ts';
import { pullEntries } from './pull-entries.ts';
import type { PullLeafCache } from './pull-leaf-cache.ts';

export interface PullContext {
  readonly db: Kysely<Database>;
  readonly log: MerkleLog;
  readonly leaves: PullLeafCache;
  readonly clock: () => Date;
}

export type PullRequest = Extract<SyncRequest, { kind: 'pull' }>;

/** Answers an authenticated pull and records the device's sync state. */
export async function handlePull(context: PullContext, request: PullRequest): Promise<PullResponse> {
  const { db } = context;
  const { device, pull } = request;
  const checkpoint = await newestCheckpoint(db);
  const page = await pullEntries(db, context.leaves, { device, cursor: pull.cursor, limit: pull.limit, treeSize: checkpoint.treeSize });
  // A device ahead of HQ gets no proof: it cannot be proved, and the device raises the alarm on its own.
  const proves = pull.treeSize > 0 && pull.treeSize < checkpoint.treeSize;
  const consistency = proves ? await consistencyProofBetween(db, context.log, pull.treeSize, checkpoint.treeSize) : [];
  const response: PullResponse = {
    v: PROTOCOL_VERSION,
    ...page,
    checkpoint: checkpoint.note,
    consistency,
    trustList: await newerTrustList(db, pull.trustListVersion),
    statusList: await newerStatusList(db, pull.statusListVersion),
    users: await usersOfDevice(db, device),
    quotaShares: await newerQuotaShares(db, device, pull.quotaSharesVersion),
    checklist: await newerChecklist(db, pull.checklistVersion),
    hqTime: context.clock().getTime(),
  };
  await recordDeviceSync(db, { device, syncedAt: new Date(response.hqTime), sentAt: request.sentAt, pending: request.pending });
  return response;
}
