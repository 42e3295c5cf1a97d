// @vitest-environment node
// Node, not jsdom: signing needs typed arrays that pass `instanceof Uint8Array` (see record-permit-act.test.ts).
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import { StorageFullError } from '../../../src/app/db/storage-full.ts';
import { recordEndorsement } from '../../../src/app/log/record-endorsement.ts';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { tweetnaclEd25519 } from '../../../src/core/crypto/ed25519.ts';
import { decodeEntry } from '../../../src/core/log/entry.ts';
import { verifyDeviceLog } from '../../../src/core/log/verify-device-log.ts';
import { calendarDateSchema } from '../../../src/core/permit/calendar-date.ts';
import type { Endorsement } from '../../../src/core/permit/model/endorsement.ts';
import { PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';
import { validExport } from '../../core/permit/permit-fixture.ts';
import { claimsOf } from '../../core/qr/qr-fixture.ts';
import { dalia, deviceWithIssuedPermit, identity } from './issued-here.ts';

let counter = 0;
let db: HornbillDb;
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

const eli = identity('eli', 'inspector', 4);

// The example permit's claims (4 live cranes, 200 skins), under the id the log fixtures use.
const permitId = PERMIT_IDS[0];
const claims = { ...claimsOf(validExport()), permitId };
const endorsement: Endorsement = {
  actualQuantities: [4, 180], port: 'JKIA Nairobi', date: calendarDateSchema.parse('2026-11-27'), inspector: 'Eli K.', billOfLading: 'AWB 176-12345675',
};

function freshDb(): HornbillDb {
  db = openHornbillDb(`hornbill-endorse-test-${++counter}`);
  return db;
}

async function issuedHere(): Promise<HornbillDb> {
  db = await deviceWithIssuedPermit(permitId);
  return db;
}

async function snapshot(database: HornbillDb) {
  return { entries: await database.entries.count(), head: await database.chainHeads.get('T3F'), permits: await database.permits.toArray() };
}

describe('recordEndorsement on a permit this device does not hold', () => {
  it('appends one signed endorsed entry naming the QR’s permit id, moves the chain head, writes no permit', async () => {
    const database = freshDb();
    const result = await recordEndorsement(database, eli, claims, endorsement, T0);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.permit).toBeNull();
    expect(result.value.entry).toMatchObject({ device: 'T3F', seq: 0, permit: permitId, action: 'endorsed', actor: 'eli', role: 'inspector', wallTime: T0 });
    expect(await database.permits.count()).toBe(0);
    expect(await database.chainHeads.get('T3F')).toMatchObject({ nextSeq: 1 });
    const [row] = await database.entries.toArray();
    const decoded = decodeEntry(Uint8Array.from(row?.bytes ?? []));
    expect(decoded.ok && decoded.value.entry.body).toEqual({ endorsement });
    const publicKey = await tweetnaclEd25519.publicKeyFromSeed(eli.seed);
    const lookup = ({ kid, at }: { kid: Uint8Array; at: number }) =>
      toHex(kid) === toHex(eli.kid) ? { publicKey, role: eli.role, user: eli.userId, device: 'T3F', validAt: at } : { reason: 'unknown kid' };
    expect(await verifyDeviceLog([row?.bytes ?? new Uint8Array()], { device: 'T3F', lookup })).toMatchObject({ ok: true, count: 1 });
  });

  it('refuses a second endorsement of the same permit on this device, writing nothing', async () => {
    const database = freshDb();
    expect((await recordEndorsement(database, eli, claims, endorsement, T0)).ok).toBe(true);
    const before = await snapshot(database);
    const again = await recordEndorsement(database, eli, claims, endorsement, T0 + 60_000);
    expect(again).toMatchObject({ ok: false, error: { code: 'projection.permit-closed', state: 'endorsed' } });
    expect(await snapshot(database)).toEqual(before);
  });

  it.each([
    ['a quantity above the permitted one', { ...endorsement, actualQuantities: [5, 180] }, 'endorse.above-permitted'],
    ['one quantity for two line items', { ...endorsement, actualQuantities: [4] }, 'endorse.line-count'],
    ['three quantities for two line items', { ...endorsement, actualQuantities: [4, 1, 1] }, 'endorse.line-count'],
    ['nothing exported', { ...endorsement, actualQuantities: [0, 0] }, 'endorse.nothing-exported'],
    ['an empty port', { ...endorsement, port: '' }, 'endorse.invalid'],
  ])('refuses %s, writing nothing', async (_label, bad, code) => {
    const database = freshDb();
    expect((await recordEndorsement(database, eli, claims, endorsement, T0)).ok).toBe(true);
    const other = { ...claims, permitId: PERMIT_IDS[1] };
    const before = await snapshot(database);
    expect(await recordEndorsement(database, eli, other, bad, T0 + 60_000)).toMatchObject({ ok: false, error: { code } });
    expect(await snapshot(database)).toEqual(before);
  });

  it('refuses a role that may not endorse', async () => {
    const database = freshDb();
    expect(await recordEndorsement(database, dalia, claims, endorsement, T0)).toMatchObject({ ok: false, error: { code: 'projection.role-may-not-act' } });
    expect(await database.entries.count()).toBe(0);
  });

  it('throws StorageFullError on a full disk, leaving the chain as it was', async () => {
    const database = freshDb();
    vi.spyOn(database.entries, 'add').mockRejectedValue(new DOMException('full', 'QuotaExceededError'));
    await expect(recordEndorsement(database, eli, claims, endorsement, T0)).rejects.toBeInstanceOf(StorageFullError);
    expect(await database.chainHeads.get('T3F')).toBeUndefined();
    expect(await database.entries.count()).toBe(0);
  });
});

describe('recordEndorsement on a permit this device holds', () => {
  it('is the ordinary endorse act: the local permit becomes endorsed with box 14', async () => {
    const database = await issuedHere();
    const result = await recordEndorsement(database, eli, claims, endorsement, T0 + 60_000);
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.entry).toMatchObject({ seq: 4, action: 'endorsed', permit: permitId, role: 'inspector' });
    expect(result.value.permit).toMatchObject({ id: permitId, status: 'endorsed', content: { endorsement } });
    expect((await database.permits.get(permitId))?.status).toBe('endorsed');
  });

  it('refuses a quantity above the permitted one before the act, writing nothing', async () => {
    const database = await issuedHere();
    const before = await snapshot(database);
    const result = await recordEndorsement(database, eli, claims, { ...endorsement, actualQuantities: [4, 201] }, T0 + 60_000);
    expect(result).toMatchObject({ ok: false, error: { code: 'endorse.above-permitted', lineItem: 1 } });
    expect(await snapshot(database)).toEqual(before);
  });
});
