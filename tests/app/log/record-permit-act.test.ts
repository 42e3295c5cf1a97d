// @vitest-environment node
// Node, not jsdom: under jsdom, typed arrays made by Node APIs (WebCrypto, TextEncoder) fail `instanceof Uint8Array`, which the CBOR codec relies on.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import { readPermit, saveDraft } from '../../../src/app/db/permits.ts';
import { StorageFullError } from '../../../src/app/db/storage-full.ts';
import type { ActingIdentity } from '../../../src/app/log/acting-identity.ts';
import { recordPermitAct } from '../../../src/app/log/record-permit-act.ts';
import { tweetnaclEd25519 } from '../../../src/core/crypto/ed25519.ts';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { verifyDeviceLog } from '../../../src/core/log/verify-device-log.ts';
import { permitDraftSchema } from '../../../src/core/permit/model/permit-draft.ts';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
import { applicationContent, bodyFor, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';

const permitId = PERMIT_IDS[0];
let counter = 0;
let db: HornbillDb;
afterEach(() => {
  vi.restoreAllMocks();
  db.close();
});

function freshDb(): HornbillDb {
  db = openHornbillDb(`hornbill-log-test-${++counter}`);
  return db;
}

function identity(userId: string, role: Role, seedByte: number): ActingIdentity {
  return { userId, role, deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8).fill(seedByte), seed: new Uint8Array(32).fill(seedByte) };
}
const amina = identity('amina', 'officer', 1);
const baraka = identity('baraka', 'officer', 2);
const dalia = identity('dalia', 'approver', 3);

async function lookupOf(identities: readonly ActingIdentity[]) {
  const keys = new Map<string, { publicKey: Uint8Array; role: Role; user: string; device: string }>();
  for (const who of identities) {
    keys.set(toHex(who.kid), { publicKey: await tweetnaclEd25519.publicKeyFromSeed(who.seed), role: who.role, user: who.userId, device: who.deviceCode });
  }
  return ({ kid, at }: { kid: Uint8Array; at: number }) => {
    const key = keys.get(toHex(kid));
    return key === undefined ? { reason: 'unknown kid' } : { ...key, validAt: at };
  };
}

async function submitted(database: HornbillDb) {
  const result = await recordPermitAct(database, amina, permitId, 'submit', bodyFor('requested', permitId), T0);
  if (!result.ok) throw new Error(result.error.code);
  return result.value;
}

describe('recordPermitAct', () => {
  it('appends signed entries to the device chain and keeps the permit projection in step', async () => {
    const database = freshDb();
    const first = await submitted(database);
    expect(first.permit).toMatchObject({ id: permitId, status: 'requested', userId: 'amina' });
    expect(first.entry).toMatchObject({ device: 'T3F', seq: 0, permit: permitId, action: 'requested', actor: 'amina', role: 'officer' });
    // The wall clock stood still: the HLC counter orders the second act after the first.
    const second = await recordPermitAct(database, baraka, permitId, 'process', {}, T0);
    expect(second.ok && second.value.entry).toMatchObject({ seq: 1, hlc: { wallMs: T0, counter: 1 } });
    expect(second.ok && second.value.permit).toMatchObject({ status: 'processed', userId: 'amina' });
    const third = await recordPermitAct(database, dalia, permitId, 'approve', { note: 'ok' }, T0 + 5_000);
    expect(third.ok && third.value.entry.hlc).toEqual({ wallMs: T0 + 5_000, counter: 0 });

    expect(await database.chainHeads.get('T3F')).toMatchObject({ nextSeq: 3, hlc: { wallMs: T0 + 5_000, counter: 0 } });
    const rows = await database.entries.orderBy('[device+seq]').toArray();
    const verdict = await verifyDeviceLog(rows.map((row) => row.bytes), { device: 'T3F', lookup: await lookupOf([amina, baraka, dalia]) });
    expect(verdict).toMatchObject({ ok: true, count: 3 });
    const stored = await readPermit(database, permitId, 'amina');
    expect(stored?.status).toBe('approved');
    expect(permitDraftSchema.parse(stored?.content).importer).toEqual(applicationContent(permitId)['importer']);
  });

  it('submits a draft saved by the form, keeping its row', async () => {
    const database = freshDb();
    const draft = permitDraftSchema.parse(applicationContent(permitId));
    await saveDraft(database, draft, new Date(T0 - 60_000), 'amina');
    const result = await submitted(database);
    expect(result.permit).toMatchObject({ status: 'requested', createdAt: new Date(T0 - 60_000).toISOString() });
  });

  it('writes nothing for a refused act and returns the refusal', async () => {
    const database = freshDb();
    await submitted(database);
    const byOfficer = await recordPermitAct(database, baraka, permitId, 'approve', {}, T0 + 1);
    expect(byOfficer).toMatchObject({ ok: false, error: { code: 'lifecycle.illegal-transition' } });
    const emptyReason = await recordPermitAct(database, dalia, permitId, 'reject', { reason: '' }, T0 + 2);
    expect(emptyReason).toMatchObject({ ok: false, error: { code: 'projection.bad-body' } });
    await recordPermitAct(database, baraka, permitId, 'process', {}, T0 + 3);
    const fourEyes = await recordPermitAct(database, { ...dalia, userId: 'amina' }, permitId, 'approve', {}, T0 + 4);
    expect(fourEyes).toMatchObject({ ok: false, error: { code: 'four-eyes.preparer-may-not-decide' } });
    expect(await database.entries.count()).toBe(2);
    expect((await database.chainHeads.get('T3F'))?.nextSeq).toBe(2);
  });

  it('leaves neither the entry, the chain head nor the permit when a write in the transaction fails', async () => {
    const database = freshDb();
    await submitted(database);
    vi.spyOn(database.permits, 'put').mockRejectedValueOnce(new Error('disk on fire'));
    await expect(recordPermitAct(database, baraka, permitId, 'process', {}, T0 + 1)).rejects.toThrow('disk on fire');
    expect(await database.entries.count()).toBe(1);
    expect((await database.chainHeads.get('T3F'))?.nextSeq).toBe(1);
    expect((await readPermit(database, permitId, 'amina'))?.status).toBe('requested');
    // Nothing is lost: the act can be recorded again, as the next entry of the chain.
    const retried = await recordPermitAct(database, baraka, permitId, 'process', {}, T0 + 2);
    expect(retried.ok && retried.value.entry.seq).toBe(1);
  });

  it('reports a full disk as StorageFullError, with nothing written', async () => {
    const database = freshDb();
    await submitted(database);
    vi.spyOn(database.entries, 'add').mockRejectedValueOnce(new DOMException('quota', 'QuotaExceededError'));
    await expect(recordPermitAct(database, baraka, permitId, 'process', {}, T0 + 1)).rejects.toBeInstanceOf(StorageFullError);
    expect(await database.entries.count()).toBe(1);
    expect((await readPermit(database, permitId, 'amina'))?.status).toBe('requested');
  });
});
