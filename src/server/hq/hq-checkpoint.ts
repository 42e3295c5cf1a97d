// The log's newest checkpoint as an auditor needs it: the signed note, its facts, and the verifier key
// string (c2sp.org/signed-note) to check it and every checkpoint after it with independent tools.
import type { Kysely } from 'kysely';
import { toBase64 } from '../../core/crypto/base64.ts';
import { formatVerifierKey } from '../../core/log/note-verifier-key.ts';
import type { Database } from '../store/database.ts';
import { findNewestCheckpoint } from '../sync/checkpoints.ts';
import type { HqLogKey } from '../sync/log-key.ts';

export interface HqCheckpointView {
  readonly treeSize: number;
  readonly rootHash: string;
  readonly signedAt: string;
  readonly note: string;
}

export interface HqLogIdentity {
  readonly origin: string;
  readonly verifierKey: string;
}

export async function newestCheckpointView(db: Kysely<Database>): Promise<HqCheckpointView | null> {
  const checkpoint = await findNewestCheckpoint(db);
  if (checkpoint === undefined) return null;
  return { treeSize: checkpoint.treeSize, rootHash: toBase64(checkpoint.rootHash), signedAt: checkpoint.signedAt, note: checkpoint.note };
}

export function logIdentity(logKey: Pick<HqLogKey, 'origin' | 'publicKey'>): HqLogIdentity {
  return { origin: logKey.origin, verifierKey: formatVerifierKey(logKey.origin, logKey.publicKey) };
}
