// What the sync routes share within one HQ process: the store, the clock, the root key (undefined when the
// server runs locked: sync then answers 503), the Merkle log cache, the log key derived once from the root
// key, and the key certificates already verified (by kid).
import type { Kysely } from 'kysely';
import type { KeyCertificate } from '../../core/trust/key-certificate.ts';
import type { RootSigner } from '../identity/root-signer.ts';
import type { Database } from '../store/database.ts';
import type { Engine } from '../store/store.ts';
import { deriveLogKey, type HqLogKey } from './log-key.ts';
import { createMerkleLog, type MerkleLog } from './merkle-log.ts';

export interface SyncContext {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  readonly clock: () => Date;
  readonly rootSigner: RootSigner | undefined;
  readonly log: MerkleLog;
  /** Certificates whose root signature was verified, by hex kid: a certificate never changes once signed. */
  readonly verifiedCertificates: Map<string, KeyCertificate>;
  /** The log key, or undefined without the root key. */
  logKey(): Promise<HqLogKey | undefined>;
}

export interface SyncContextOptions {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  readonly clock: () => Date;
  readonly rootSigner: RootSigner | undefined;
}

export function createSyncContext(options: SyncContextOptions): SyncContext {
  let logKey: Promise<HqLogKey> | undefined;
  return {
    ...options,
    log: createMerkleLog(),
    verifiedCertificates: new Map(),
    logKey: () => {
      const { rootSigner } = options;
      if (rootSigner === undefined) return Promise.resolve(undefined);
      // The statement's issuedAt is when this process first needed it; a failed derivation is tried again.
      logKey ??= deriveLogKey(rootSigner, options.clock().getTime()).catch((error: unknown) => {
        logKey = undefined;
        throw error;
      });
      return logKey;
    },
  };
}
