// A fleet of enrolled field devices for sync load rows, made through the store as fast as the real code
// allows: the authority (cheap scrypt and password costs: neither is on the sync path), one user per device
// with the officer and approver roles, and a device key generated here and enrolled by enrolDevice with a
// real challenge and proof of possession (a certificate per role, and a trust list version, per device).
// The devices then sign realistic permit acts of their own chain, ready to push.
import { readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { ed25519PublicKey, ed25519Sign } from '../../src/core/crypto/ed25519.ts';
import type { CborRecord } from '../../src/core/log/cbor-data.ts';
import { appendToDeviceChain, startDeviceChain, type DeviceChainTip, type EntryClock } from '../../src/core/log/device-chain.ts';
import { applicationContentSchema, type PermitAction } from '../../src/core/log/permit-act-bodies.ts';
import { calendarDateSchema } from '../../src/core/permit/calendar-date.ts';
import { permitDraftSchema } from '../../src/core/permit/model/permit-draft.ts';
import { formatPermitNumber } from '../../src/core/permit/permit-number.ts';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import { enrolmentProofMessage } from '../../src/core/trust/enrolment-proof.ts';
import { defaultValidUntil, issuedBody } from '../../src/app/log/issue-act.ts';
import { initAuthority, unlockRootKey } from '../../src/server/identity/authority.ts';
import { enrolDevice } from '../../src/server/identity/enrol-device.ts';
import { createEnrolmentChallenge } from '../../src/server/identity/enrolment-challenges.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import { latestTrustList } from '../../src/server/identity/trust-publisher.ts';
import { addUser } from '../../src/server/identity/users.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import type { Store } from '../../src/server/store/store.ts';

export const FLEET_PARTY = 'KE';
const CHEAP_ROOT_KEY_LOG_N = 10;
const CHEAP_PASSWORD_ITERATIONS = 1_000;
const FIXTURE = new URL('../../tests/fixtures/permits/valid-export.json', import.meta.url);

export interface FleetDevice {
  readonly code: string;
  readonly userId: string;
  readonly seed: Uint8Array;
  readonly kidOf: ReadonlyMap<Role, Uint8Array>;
  tip: DeviceChainTip;
}

export interface Fleet {
  readonly devices: readonly FleetDevice[];
  readonly rootPublicKey: Uint8Array;
  /** The trust list every device holds (the newest, after the last enrolment). */
  readonly trustListVersion: number;
}

/** Initialises the authority and enrols `count` devices; returns them with the passphrase `serve` needs. */
export async function enrolFleet(store: Store, count: number, rootPassphrase: string, now: Date): Promise<Fleet> {
  await migrateToLatest(store.db);
  const { authority } = await initAuthority(store.db, {
    party: FLEET_PARTY, name: 'Kenya Wildlife Service', passphrase: rootPassphrase, rootKeyLogN: CHEAP_ROOT_KEY_LOG_N, passwordIterations: CHEAP_PASSWORD_ITERATIONS,
  }, now);
  const signer = await unlockRootKey(store.db, rootPassphrase);
  const devices: FleetDevice[] = [];
  for (let index = 0; index < count; index++) devices.push(await enrolledDevice(store, signer, `officer${String(index).padStart(3, '0')}`, now));
  const trustList = await latestTrustList(store.db);
  if (trustList === undefined) throw new Error('bench: no trust list after enrolment');
  return { devices, rootPublicKey: authority.rootPublicKey, trustListVersion: trustList.version };
}

async function enrolledDevice(store: Store, signer: RootSigner, username: string, now: Date): Promise<FleetDevice> {
  const { user } = await addUser(store.db, { username, displayName: `Officer ${username}`, roles: ['officer', 'approver'] }, now, CHEAP_PASSWORD_ITERATIONS);
  const seed = new Uint8Array(randomBytes(32));
  const publicKey = await ed25519PublicKey(seed);
  const { nonce } = await createEnrolmentChallenge(store.db, user.id, now);
  const proof = await ed25519Sign(seed, enrolmentProofMessage({ party: signer.party, user: user.id, publicKey, nonce }));
  const enrolled = await enrolDevice(store.db, signer, { userId: user.id, publicKey, nonce, proof, label: null }, now);
  const kidOf = new Map(enrolled.certificates.map((certificate) => [certificate.role, certificate.kid] as const));
  return { code: enrolled.device.code, userId: user.id, seed, kidOf, tip: startDeviceChain(enrolled.device.code) };
}

interface PermitAct {
  readonly action: PermitAction;
  readonly role: Role;
  readonly permit: string;
  readonly body: CborRecord;
}

/** Signs the acts as the device's next entries (its clock: the wall time, ticked past its last entry). */
export async function signActs(device: FleetDevice, acts: readonly PermitAct[]): Promise<Uint8Array[]> {
  const entries: Uint8Array[] = [];
  for (const act of acts) {
    const kid = device.kidOf.get(act.role);
    if (kid === undefined) throw new Error(`bench: device ${device.code} holds no ${act.role} certificate`);
    const wallTime = Date.now();
    const draft = { hlc: nextClock(device.tip.hlc, wallTime), wallTime, actor: device.userId, role: act.role, action: act.action, permit: act.permit, body: act.body };
    const { signed, tip } = await appendToDeviceChain(device.tip, draft, { kid, seed: device.seed });
    device.tip = tip;
    entries.push(signed.bytes);
  }
  return entries;
}

function nextClock(last: EntryClock | null, wallMs: number): EntryClock {
  return last !== null && last.wallMs >= wallMs ? { wallMs: last.wallMs, counter: last.counter + 1 } : { wallMs, counter: 0 };
}

/** An officer opens an application and processes it: `requested` carries the whole application (the largest entry). */
export function prepareActs(permit: string): PermitAct[] {
  return [
    { action: 'requested', role: 'officer', permit, body: { content: application(permit) } },
    { action: 'processed', role: 'officer', permit, body: { note: 'Documents checked against the farm register.' } },
  ];
}

/** Another official approves, issues and prints a permit someone else prepared (four eyes hold). */
export function decideActs(permit: string, device: FleetDevice, serial: number, today: Date): PermitAct[] {
  const date = calendarDateSchema.parse(today.toISOString().slice(0, 10));
  const number = formatPermitNumber({ party: FLEET_PARTY, year: today.getUTCFullYear(), device: device.code, sequence: serial });
  if (!number.ok) throw new Error(`bench: no permit number for device ${device.code}`);
  const boxes = { validUntil: defaultValidUntil('export-permit', date), securityStamp: `KWS ${String(serial).padStart(7, '0')}`, place: 'Nairobi' };
  return [
    { action: 'approved', role: 'approver', permit, body: {} },
    { action: 'issued', role: 'approver', permit, body: issuedBody(boxes, { number: number.value, today: date, official: `Officer ${device.code}` }) },
    { action: 'printed', role: 'approver', permit, body: { copies: 1 } },
  ];
}

/** The worked export application under `id`, one line item, as CBOR data. */
function application(id: string): CborRecord {
  const example = permitDraftSchema.parse({ ...(JSON.parse(readFileSync(FIXTURE, 'utf8')) as object), id });
  const content = applicationContentSchema.parse({ ...example, lineItems: example.lineItems?.slice(0, 1) });
  return JSON.parse(JSON.stringify(content)) as CborRecord;
}
