// HQ log content for tests, written straight into the store: enrolled devices that sign entries (with
// sync-ingest-client.ts's signEntry), leaf rows with their RFC 9162 leaf hashes (leaf = SHA-256(0x00 ‖
// entry id), docs/log-format.md), and real checkpoints signed by HQ's log key over the tree they make.
import { ed25519Sign } from '../../src/core/crypto/ed25519.ts';
import { startDeviceChain, type DeviceChainTip } from '../../src/core/log/device-chain.ts';
import { decodeEntry, type SignedEntry } from '../../src/core/log/entry.ts';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import { enrolmentProofMessage } from '../../src/core/trust/enrolment-proof.ts';
import { enrolDevice } from '../../src/server/identity/enrol-device.ts';
import { createEnrolmentChallenge } from '../../src/server/identity/enrolment-challenges.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import { signAndStoreCheckpoint, type StoredCheckpoint } from '../../src/server/sync/checkpoints.ts';
import type { HqLogKey } from '../../src/server/sync/log-key.ts';
import { catchUpMerkleLog, createMerkleLog } from '../../src/server/sync/merkle-log.ts';
import { logEntryRow } from '../../src/server/sync/log-entry-row.ts';
import type { Store } from '../../src/server/store/store.ts';
import { newDeviceKey, type DeviceKey } from './device-fixture.ts';

/** An enrolled device that signs entries of its own chain. */
export interface LogDevice {
  readonly id: string;
  readonly code: string;
  readonly userId: string;
  readonly key: DeviceKey;
  readonly kidOf: ReadonlyMap<Role, Uint8Array>;
  tip: DeviceChainTip;
}

export async function logDevice(store: Store, signer: RootSigner, userId: string, now: Date): Promise<LogDevice> {
  const key = await newDeviceKey();
  const { nonce } = await createEnrolmentChallenge(store.db, userId, now);
  const proof = await ed25519Sign(key.seed, enrolmentProofMessage({ party: signer.party, user: userId, publicKey: key.publicKey, nonce }));
  const enrolled = await enrolDevice(store.db, signer, { userId, publicKey: key.publicKey, nonce, proof, label: null }, now);
  const kidOf = new Map(enrolled.certificates.map((certificate) => [certificate.role, certificate.kid] as const));
  return { id: enrolled.device.id, code: enrolled.device.code, userId, key, kidOf, tip: startDeviceChain(enrolled.device.code) };
}

/** Stores entries as the next leaves of HQ's log; returns their leaf indexes. */
export async function appendToLog(store: Store, device: LogDevice, entries: readonly SignedEntry[], receivedAt: Date): Promise<number[]> {
  const size = await logSize(store);
  const rows = entries.map((signed, offset) => {
    const decoded = decodeEntry(signed.bytes);
    if (!decoded.ok) throw new Error('appendToLog: the fixture signed a malformed entry');
    if (decoded.value.entry.device !== device.code) throw new Error(`appendToLog: an entry of ${decoded.value.entry.device} in the log of ${device.code}`);
    return logEntryRow(decoded.value, size + offset, receivedAt);
  });
  if (rows.length > 0) await store.db.insertInto('log_entries').values(rows).execute();
  return rows.map((row) => row.leaf_index);
}

/** Signs a checkpoint over every leaf stored so far and stores it as HQ's newest. */
export async function checkpointNow(store: Store, logKey: HqLogKey, signedAt: Date): Promise<StoredCheckpoint> {
  const log = createMerkleLog();
  const size = await catchUpMerkleLog(store.db, log);
  return signAndStoreCheckpoint(store.db, logKey, log.tree, size, signedAt);
}

async function logSize(store: Store): Promise<number> {
  const row = await store.db.selectFrom('log_entries').select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
  return Number(row.count);
}
