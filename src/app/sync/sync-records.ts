// What the device keeps about its sync with HQ (schema v7): the checkpoints it has verified, the receipt of
// each of its own entries HQ accepted, and one row of sync state.
import type { SyncProblemCode } from './sync-problem.ts';

/** A signed checkpoint (C2SP signed note) the device verified, keyed by its tree size; the newest is the largest. */
export interface CheckpointRecord {
  readonly treeSize: number;
  /** The signed note text exactly as HQ sent it. */
  readonly note: string;
  /** The root hash, lower-case hex. */
  readonly rootHash: string;
  /** When the device received it (ms, device clock). */
  readonly receivedAt: number;
  /** HQ's clock in the response that carried it (ms): a device clock earlier than this is flagged. */
  readonly hqTime: number;
}

/** HQ's receipt for one of this device's entries: where it sits in HQ's log and the proof that it does. */
export interface ReceiptRecord {
  /** The entry id, lower-case hex (the same key as `entries`). */
  readonly entryId: string;
  readonly leafIndex: number;
  /** The checkpoint the proof leads to (a row of `checkpoints`). */
  readonly treeSize: number;
  /** RFC 9162 inclusion proof hashes. */
  readonly proof: readonly Uint8Array[];
}

/** HQ refused one of this device's entries: it is kept, shown with the reason, and not pushed again. */
export interface RejectionRecord {
  /** The entry id, lower-case hex. */
  readonly entryId: string;
  readonly seq: number;
  /** A code of core/sync/rejection.ts (the app words it). */
  readonly code: string;
  /** HQ's reason in English, for support staff. */
  readonly reason: string;
  readonly at: number;
}

/** Why the last sync stopped, as a code the UI puts into words, plus the technical detail for support. */
export interface SyncProblemRecord {
  readonly code: SyncProblemCode;
  readonly detail: string;
  readonly at: number;
}

/** The single row ('device') of sync state. */
export interface SyncStateRecord {
  readonly id: 'device';
  /** Where the next pull starts in HQ's log (advanced in the transaction that stores what was pulled). */
  readonly pullCursor: number;
  readonly lastSuccessAt: number | null;
  readonly lastAttemptAt: number | null;
  /** The last failure; null after a success. */
  readonly lastError: SyncProblemRecord | null;
  /** HQ's clock minus the device's at the last hello (ms). */
  readonly clockSkewMs: number | null;
  /** HQ's log did not extend the one this device saw: kept until support clears it, never by a later sync. */
  readonly alarm: SyncProblemRecord | null;
  /** This device's entries HQ refused, oldest first. */
  readonly rejected: readonly RejectionRecord[];
}

export const initialSyncState: SyncStateRecord = {
  id: 'device',
  pullCursor: 0,
  lastSuccessAt: null,
  lastAttemptAt: null,
  lastError: null,
  clockSkewMs: null,
  alarm: null,
  rejected: [],
};
