import { randomBytes } from 'node:crypto';
import { toBase64 } from '../../src/core/crypto/base64.ts';
import { ed25519PublicKey, ed25519Sign } from '../../src/core/crypto/ed25519.ts';
import { enrolmentProofMessage } from '../../src/core/trust/enrolment-proof.ts';
import { enrolDevice, type EnrolledDevice } from '../../src/server/identity/enrol-device.ts';
import { createEnrolmentChallenge } from '../../src/server/identity/enrolment-challenges.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import type { Store } from '../../src/server/store/store.ts';

export interface DeviceKey {
  readonly seed: Uint8Array;
  readonly publicKey: Uint8Array;
}

export async function newDeviceKey(): Promise<DeviceKey> {
  const seed = new Uint8Array(randomBytes(32));
  return { seed, publicKey: await ed25519PublicKey(seed) };
}

/** What a tablet sends to POST /api/v1/devices: a fresh challenge for the user, signed with the device key. */
export async function enrolmentBody(store: Store, party: string, userId: string, now: Date, key?: DeviceKey) {
  const deviceKey = key ?? (await newDeviceKey());
  const { nonce } = await createEnrolmentChallenge(store.db, userId, now);
  const proof = await ed25519Sign(deviceKey.seed, enrolmentProofMessage({ party, user: userId, publicKey: deviceKey.publicKey, nonce }));
  return { publicKey: toBase64(deviceKey.publicKey), nonce: toBase64(nonce), proof: toBase64(proof) };
}

/** A device enrolled straight in the store. */
export async function enrolledDevice(store: Store, signer: RootSigner, userId: string, now: Date): Promise<EnrolledDevice> {
  const key = await newDeviceKey();
  const { nonce } = await createEnrolmentChallenge(store.db, userId, now);
  const proof = await ed25519Sign(key.seed, enrolmentProofMessage({ party: signer.party, user: userId, publicKey: key.publicKey, nonce }));
  return enrolDevice(store.db, signer, { userId, publicKey: key.publicKey, nonce, proof, label: null }, now);
}
