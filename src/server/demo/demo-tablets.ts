// The demo's three field tablets (DESIGN §9b): one device per field user (officer, approver, inspector),
// enrolled through the very functions the enrolment route uses — a real challenge, a proof of possession
// signed by the new device key, certificates signed by the root key, the next trust list published.
//
// The tablets do not exist: their device keys are generated here, held only in this process's memory while
// the demo's sample permits are signed, and then discarded. Nothing can sign for these devices afterwards;
// their certificates stay in the trust list so that anyone can verify what they signed.
import type { Kysely } from 'kysely';
import { ed25519PublicKey, ed25519Sign, generateEd25519Seed } from '../../core/crypto/ed25519.ts';
import { enrolmentProofMessage } from '../../core/trust/enrolment-proof.ts';
import { enrolDevice } from '../identity/enrol-device.ts';
import { createEnrolmentChallenge } from '../identity/enrolment-challenges.ts';
import type { RootSigner } from '../identity/root-signer.ts';
import { findUserByUsername } from '../identity/users.ts';
import type { Database } from '../store/database.ts';

export const DEMO_FIELD_ROLES = ['officer', 'approver', 'inspector'] as const;
export type DemoFieldRole = (typeof DEMO_FIELD_ROLES)[number];

export interface DemoTablet {
  readonly role: DemoFieldRole;
  readonly userId: string;
  /** The user's display name: what the app writes as the official (box 13) or the inspector (box 14). */
  readonly displayName: string;
  /** The device code HQ gave the tablet at enrolment. */
  readonly code: string;
  /** The device key's seed: in memory only, never stored, never logged. */
  readonly seed: Uint8Array;
  /** The kid of the user's certificate for `role` on this tablet. */
  readonly kid: Uint8Array;
}

export function demoTabletLabel(role: DemoFieldRole): string {
  return `Demo tablet (${role})`;
}

/** Enrols one tablet for the demo user named after each field role (createDemoAuthority's usernames). */
export async function enrolDemoTablets(db: Kysely<Database>, signer: RootSigner, now: Date): Promise<Record<DemoFieldRole, DemoTablet>> {
  return {
    officer: await enrolDemoTablet(db, signer, 'officer', now),
    approver: await enrolDemoTablet(db, signer, 'approver', now),
    inspector: await enrolDemoTablet(db, signer, 'inspector', now),
  };
}

async function enrolDemoTablet(db: Kysely<Database>, signer: RootSigner, role: DemoFieldRole, now: Date): Promise<DemoTablet> {
  const user = await findUserByUsername(db, role);
  if (user === undefined) throw new Error(`demo: there is no demo user '${role}' to enrol a tablet for`);
  const seed = generateEd25519Seed();
  const publicKey = await ed25519PublicKey(seed);
  const { nonce } = await createEnrolmentChallenge(db, user.id, now);
  const proof = await ed25519Sign(seed, enrolmentProofMessage({ party: signer.party, user: user.id, publicKey, nonce }));
  const enrolled = await enrolDevice(db, signer, { userId: user.id, publicKey, nonce, proof, label: demoTabletLabel(role) }, now);
  const certificate = enrolled.certificates.find((candidate) => candidate.role === role);
  if (certificate === undefined) throw new Error(`demo: HQ issued no ${role} certificate to the demo user '${role}'`);
  return { role, userId: user.id, displayName: user.displayName, code: enrolled.device.code, seed, kid: certificate.kid };
}
