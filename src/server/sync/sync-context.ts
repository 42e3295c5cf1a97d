// What the sync routes share within one HQ process: the store, the clock, the root key (undefined when the
// server runs locked: sync then answers 503), the Merkle log cache, the cache of entries pulls read, the nonce key and the log key derived once from the root
// key, and the key certificates already verified (by kid).
import type { Kysely } from 'kysely';
import type { KeyCertificate } from '../../core/trust/key-certificate.ts';
import type { RootSigner } from '../identity/root-signer.ts';
import type { Database } from '../store/database.ts';
import type { Engine } from '../store/store.ts';
import { deriveLogKey, type HqLogKey } from './log-key.ts';
import { createMerkleLog, type MerkleLog } from './merkle-log.ts';
import { deriveNonceKey } from './nonces.ts';
import { createPullLeafCache, type PullLeafCache } from './pull-leaf-cache.ts';
import { createGroupQueue, type GroupQueue } from './group-commit.ts';
import { MAX_PUSHES_PER_GROUP, storePushGroup, type PreparedPush } from './ingest-push.ts';
import type { PushResponse } from '../../core/sync/push.ts';

export interface SyncContext {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  readonly clock: () => Date;
  readonly rootSigner: RootSigner | undefined;
  readonly log: MerkleLog;
  /** Log entries as pulls read them. */
  readonly leaves: PullLeafCache;
  /** Pushes waiting to be stored together (group commit). */
  readonly pushes: GroupQueue<PreparedPush, PushResponse>;
  /** Certificates whose root signature was verified, by hex kid: a certificate never changes once signed. */
  readonly verifiedCertificates: Map<string, KeyCertificate>;
  /** The key that tags session nonces (nonces.ts), or undefined without the root key. */
  readonly nonceKey: Uint8Array | undefined;
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
  const context: SyncContext = {
    ...options,
    log: createMerkleLog(),
    leaves: createPullLeafCache(),
    pushes: createGroupQueue((pushes) => storePushGroup(context, pushes), MAX_PUSHES_PER_GROUP),
    verifiedCertificates: new Map(),
    nonceKey: options.rootSigner === undefined ? undefined : deriveNonceKey(options.rootSigner.seed),
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
  return context;
}
