// A field device simulated in Node: its own IndexedDB (fake-indexeddb) opened by the app's openHornbillDb, a
// device key enrolled at HQ by HQ's own enrolment code, one user whose acts go through the app's
// recordPermitAct, and sync through the app's runSync with a fetch and a clock of the test's choosing.
import { randomUUID } from 'node:crypto';
import Dexie from 'dexie';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openHornbillDb, type HornbillDb } from '../../src/app/db/database.ts';
import type { Fetch } from '../../src/app/auth/hq-api.ts';
import type { ActingIdentity } from '../../src/app/log/acting-identity.ts';
import type { EntryRecord } from '../../src/app/log/entry-record.ts';
import { recordPermitAct, type PermitAct } from '../../src/app/log/record-permit-act.ts';
import { runSync, type SyncRunResult } from '../../src/app/sync/run-sync.ts';
import { ed25519Sign } from '../../src/core/crypto/ed25519.ts';
import type { CborRecord } from '../../src/core/log/cbor-data.ts';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import { enrolmentProofMessage } from '../../src/core/trust/enrolment-proof.ts';
import { enrolDevice } from '../../src/server/identity/enrol-device.ts';
import { createEnrolmentChallenge } from '../../src/server/identity/enrolment-challenges.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import type { Store } from '../../src/server/store/store.ts';
import { newDeviceKey } from './device-fixture.ts';
import { userWithPassword } from './identity-fixture.ts';

// Whatever was imported first: Dexie reads its IndexedDB from here when a database opens.
Dexie.dependencies.indexedDB = new IDBFactory();
Dexie.dependencies.IDBKeyRange = IDBKeyRange;

export interface SimulatedDevice {
  readonly code: string;
  readonly userId: string;
  readonly db: HornbillDb;
  /** The device clock (ms): the reference clock plus this device's offset. */
  readonly now: () => number;
  identity(role: Role): ActingIdentity;
  /** Records an act on a permit the device holds; throws if the app refuses it. */
  act(permitId: string, transition: PermitAct, role: Role, body: CborRecord): Promise<EntryRecord>;
  /** One sync run through `fetchFn`. */
  sync(fetchFn: Fetch): Promise<SyncRunResult>;
}

export interface DeviceEnrolment {
  readonly store: Store;
  readonly signer: RootSigner;
  readonly username: string;
  readonly roles: readonly Role[];
  /** HQ's clock at enrolment: the certificates are valid from then on. */
  readonly enrolledAt: Date;
  /** The reference clock (ms) the device clock follows, offset by `clockOffsetMs`. */
  readonly referenceNow: () => number;
  readonly clockOffsetMs?: number;
}

export async function enrolSimulatedDevice(enrolment: DeviceEnrolment): Promise<SimulatedDevice> {
  const { store, signer, enrolledAt } = enrolment;
  const user = await userWithPassword(store, enrolment.username, enrolment.roles, enrolledAt);
  const key = await newDeviceKey();
  const { nonce } = await createEnrolmentChallenge(store.db, user.id, enrolledAt);
  const proof = await ed25519Sign(key.seed, enrolmentProofMessage({ party: signer.party, user: user.id, publicKey: key.publicKey, nonce }));
  const enrolled = await enrolDevice(store.db, signer, { userId: user.id, publicKey: key.publicKey, nonce, proof, label: null }, enrolledAt);
  const { code, id: deviceId } = enrolled.device;
  const db = openHornbillDb(`hornbill-sync-device-${code}-${randomUUID()}`);
  const offset = enrolment.clockOffsetMs ?? 0;
  const now = () => enrolment.referenceNow() + offset;
  const identity = (role: Role): ActingIdentity => {
    const certificate = enrolled.certificates.find((candidate) => candidate.role === role);
    if (certificate === undefined) throw new Error(`${enrolment.username} on ${code} holds no ${role} certificate`);
    return { userId: user.id, role, deviceId, deviceCode: code, kid: certificate.kid, seed: key.seed };
  };
  const syncDevice = { code, seed: key.seed, party: signer.party, rootPublicKey: enrolled.authority.rootPublicKey };
  return {
    code,
    userId: user.id,
    db,
    now,
    identity,
    act: async (permitId, transition, role, body) => {
      const recorded = await recordPermitAct(db, identity(role), permitId, transition, body, now());
      if (!recorded.ok) throw new Error(`${code}: ${transition} of ${permitId} refused: ${recorded.error.code}`);
      return recorded.value.entry;
    },
    sync: (fetchFn) => runSync({ db, fetch: fetchFn, device: syncDevice, now }),
  };
}
