// What one sync run works with: the database, HQ, this device's identity from the session, and the clock.
import type { NoteVerifierKey } from '../../core/log/note-verifier-key.ts';
import type { Fetch } from '../auth/hq-api.ts';
import type { HornbillDb } from '../db/database.ts';

export interface SyncDevice {
  /** The device code: the `device` of its entries and of its sync requests. */
  readonly code: string;
  /** The device key seed, from the session (in memory only). */
  readonly seed: Uint8Array;
  readonly party: string;
  /** The authority root key held since enrolment: it vouches for HQ's log key and the lists. */
  readonly rootPublicKey: Uint8Array;
}

export interface SyncProgress {
  readonly phase: 'push' | 'pull';
  readonly done: number;
  /** Null while the total is not known (a pull with more to come). */
  readonly total: number | null;
}

export interface SyncContext {
  readonly db: HornbillDb;
  readonly fetch: Fetch;
  readonly device: SyncDevice;
  /** The device clock (ms). */
  readonly now: () => number;
  readonly onProgress?: (progress: SyncProgress) => void;
  /** Aborted when the user signs out: requests stop and the run ends as 'stopped', recording nothing. */
  readonly signal?: AbortSignal;
}

/** What hello established for the session's signed requests. */
export interface SyncSession {
  readonly nonce: Uint8Array;
  readonly verifierKey: NoteVerifierKey;
  readonly clockSkewMs: number;
}
