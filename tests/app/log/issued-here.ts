// Acting identities on one tablet (device T3F) and a permit issued through its own log: submitted, processed,
// approved and issued by four people, as four eyes requires.
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import type { ActingIdentity } from '../../../src/app/log/acting-identity.ts';
import { recordPermitAct } from '../../../src/app/log/record-permit-act.ts';
import type { CborRecord } from '../../../src/core/log/cbor-data.ts';
import type { PermitTransition } from '../../../src/core/permit/lifecycle.ts';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
import { bodyFor, T0 } from '../../core/log/permit-act-fixtures.ts';

export function identity(userId: string, role: Role, seedByte: number): ActingIdentity {
  return { userId, role, deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8).fill(seedByte), seed: new Uint8Array(32).fill(seedByte) };
}
export const amina = identity('amina', 'officer', 1);
export const baraka = identity('baraka', 'officer', 2);
export const dalia = identity('dalia', 'approver', 3);

let counter = 0;

/** A fresh device database holding `permitId` issued on it at T0. */
export async function deviceWithIssuedPermit(permitId: string): Promise<HornbillDb> {
  const db = openHornbillDb(`hornbill-issued-here-${++counter}`);
  const steps: [ActingIdentity, PermitTransition, CborRecord][] = [
    [amina, 'submit', bodyFor('requested', permitId)], [baraka, 'process', {}], [dalia, 'approve', {}], [dalia, 'issue', bodyFor('issued', permitId)],
  ];
  for (const [who, transition, body] of steps) {
    const result = await recordPermitAct(db, who, permitId, transition, body, T0);
    if (!result.ok) throw new Error(result.error.code);
  }
  return db;
}
