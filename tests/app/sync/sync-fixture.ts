// A device database enrolled for one officer (device T3F), the Party's trust list, a second device (K7P)
// whose entries reach this one by pull, and a fake HQ that knows both devices.
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import { trustListRow } from '../../../src/app/auth/trust-lists.ts';
import type { ActingIdentity } from '../../../src/app/log/acting-identity.ts';
import { recordPermitAct } from '../../../src/app/log/record-permit-act.ts';
import type { SyncContext, SyncDevice } from '../../../src/app/sync/sync-context.ts';
import { toBase64 } from '../../../src/core/crypto/base64.ts';
import { tweetnaclEd25519 } from '../../../src/core/crypto/ed25519.ts';
import { appendToDeviceChain, startDeviceChain } from '../../../src/core/log/device-chain.ts';
import type { SignedEntry } from '../../../src/core/log/entry.ts';
import { signKeyCertificate, type KeyCertificate } from '../../../src/core/trust/key-certificate.ts';
import { signStatusList } from '../../../src/core/trust/status-list.ts';
import { signTrustList } from '../../../src/core/trust/trust-list.ts';
import { createFakeSyncHq, type FakeSyncHq } from '../../support/fake-sync-hq.ts';
import { bodyFor, T0 } from '../../core/log/permit-act-fixtures.ts';

export { T0 };
export const PARTY = 'KE';
export const OWN = 'T3F';
export const OTHER = 'K7P';
const rootSeed = new Uint8Array(32).fill(0x42);
const ownSeed = new Uint8Array(32).fill(0x17);
const otherSeed = new Uint8Array(32).fill(0x27);

async function certificate(user: string, device: string, seed: Uint8Array): Promise<KeyCertificate> {
  return signKeyCertificate(rootSeed, {
    party: PARTY, role: 'officer', user, device, publicKey: await tweetnaclEd25519.publicKeyFromSeed(seed),
    notBefore: T0 - 86_400_000, notAfter: T0 + 365 * 86_400_000,
  });
}

export interface SyncWorld {
  readonly db: HornbillDb;
  readonly hq: FakeSyncHq;
  readonly device: SyncDevice;
  readonly own: ActingIdentity;
  /** The device clock the sync code reads; tests move it. */
  clock: number;
  context(extra?: Partial<SyncContext>): SyncContext;
  /** Submits `count` new applications on this device: one own entry each. */
  submitOwn(count: number): Promise<string[]>;
  /** `count` applications submitted on the other device, already in HQ's log. */
  otherDeviceSubmits(count: number): Promise<SignedEntry[]>;
  /** A newer trust list (same certificates) and a status list, for HQ to hand out. */
  publishLists(version: number): Promise<void>;
}

let counter = 0;
let uuidCounter = 0;

function permitUuid(): string {
  uuidCounter += 1;
  return `5e1a0c3b-9d2f-4a6e-8b7c-${uuidCounter.toString(16).padStart(12, '0')}`;
}

export async function syncWorld(options: { readonly pullPage?: number } = {}): Promise<SyncWorld> {
  const ownCertificate = await certificate('amina', OWN, ownSeed);
  const otherCertificate = await certificate('baraka', OTHER, otherSeed);
  const certificates = [ownCertificate, otherCertificate];
  const rootPublicKey = await tweetnaclEd25519.publicKeyFromSeed(rootSeed);
  const trustList = await signTrustList(rootSeed, { party: PARTY, version: 1, issuedAt: T0 - 3_600_000, certificates, revocations: [] });
  const db = openHornbillDb(`hornbill-sync-test-${++counter}`);
  await db.accounts.add({
    userId: 'amina', username: 'amina', displayName: 'Amina W.', roles: ['officer'], party: PARTY, authorityName: 'KWS',
    deviceId: 'device-1', deviceCode: OWN,
    wrappedKey: { v: 1, kdf: 'PBKDF2-SHA256', iterations: 600_000, salt: '', iv: '', ciphertext: '' },
    certificates: [toBase64(ownCertificate.signed)], rootPublicKey: toBase64(rootPublicKey),
    autoLockMinutes: 15, failedAttempts: { count: 0, lastAt: 0 }, enrolledAt: new Date(T0 - 86_400_000).toISOString(),
  });
  await db.trustLists.put(trustListRow({ party: PARTY, version: 1, issuedAt: T0 - 3_600_000 }, trustList, null, new Date(T0 - 3_600_000)));
  const devices = new Map([[OWN, ownCertificate.publicKey], [OTHER, otherCertificate.publicKey]]);
  let clock = T0 + 60_000;
  // HQ's clock runs a second ahead of the device's.
  const hq = await createFakeSyncHq({ party: PARTY, rootSeed, devices, trustList: { version: 1, bytes: trustList }, now: () => clock + 1_000, ...options });
  const world: SyncWorld = {
    db,
    hq,
    device: { code: OWN, seed: ownSeed, party: PARTY, rootPublicKey },
    own: { userId: 'amina', role: 'officer', deviceId: 'device-1', deviceCode: OWN, kid: ownCertificate.kid, seed: ownSeed },
    get clock() {
      return clock;
    },
    set clock(value) {
      clock = value;
    },
    context: (extra = {}) => ({ db, fetch: world.hq.fetch, device: world.device, now: () => world.clock, ...extra }),
    async submitOwn(count) {
      const ids: string[] = [];
      for (let index = 0; index < count; index++) {
        const permit = permitUuid();
        const result = await recordPermitAct(db, world.own, permit, 'submit', bodyFor('requested', permit), T0 + index);
        if (!result.ok) throw new Error(result.error.code);
        ids.push(result.value.entry.id);
      }
      return ids;
    },
    async otherDeviceSubmits(count) {
      let tip = startDeviceChain(OTHER);
      const signed: SignedEntry[] = [];
      for (let index = 0; index < count; index++) {
        const permit = permitUuid();
        const at = T0 + 1_000 + index;
        const draft = { hlc: { wallMs: at, counter: 0 }, wallTime: at, actor: 'baraka', role: 'officer' as const, action: 'requested' as const, permit, body: bodyFor('requested', permit) };
        const next = await appendToDeviceChain(tip, draft, { kid: otherCertificate.kid, seed: otherSeed });
        tip = next.tip;
        world.hq.append(next.signed.bytes);
        signed.push(next.signed);
      }
      return signed;
    },
    async publishLists(version) {
      world.hq.trustList = { version, bytes: await signTrustList(rootSeed, { party: PARTY, version, issuedAt: T0, certificates, revocations: [] }) };
      world.hq.statusList = {
        version,
        bytes: await signStatusList(rootSeed, { party: PARTY, version, issuedAt: T0, permits: [{ permitNumber: 'KE26-T3F-00042-O', status: 'cancelled', at: T0 }] }),
      };
    },
  };
  return world;
}
