// @vitest-environment node
// Printing end to end on a device database: an issued permit in the signed log, printed by the approver's
// device key; page 1 of the PDF rasterised by poppler, its QR read back by the app's scanner code, and the
// text verified against the trust list the device holds. Node, not jsdom: see record-permit-act.test.ts.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import { newestTrustLists, trustListRow } from '../../../src/app/auth/trust-lists.ts';
import type { ActingIdentity } from '../../../src/app/log/acting-identity.ts';
import { issuedBody } from '../../../src/app/log/issue-act.ts';
import { recordPermitAct, type PermitAct } from '../../../src/app/log/record-permit-act.ts';
import { printPermit } from '../../../src/app/print/print-permit.ts';
import { decodeQrFromImage } from '../../../src/app/scan/decode-qr-from-image.ts';
import { setZxingModuleOverrides } from '../../../src/app/scan/zxing-module.ts';
import type { CborRecord } from '../../../src/core/log/cbor-data.ts';
import { parseBase64 } from '../../../src/core/crypto/base64.ts';
import { calendarDateSchema } from '../../../src/core/permit/calendar-date.ts';
import { verifyPermitQr } from '../../../src/core/qr/verify-permit-qr.ts';
import { signTrustList, type TrustList } from '../../../src/core/trust/trust-list.ts';
import { verifyTrustList } from '../../../src/core/trust/verify-trust-list.ts';
import { bodyFor, PERMIT_IDS, T0 } from '../../core/log/permit-act-fixtures.ts';
import { KE_DEVICE_SEED, KE_ROOT_SEED, keCertificate } from '../../core/qr/verify-fixture.ts';

const run = promisify(execFile);
const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');
const permitId = PERMIT_IDS[0];
const number = 'KE26-T3F-00001-O';

function actor(userId: string, role: 'officer' | 'approver', byte: number): ActingIdentity {
  return { userId, role, deviceId: 'device-1', deviceCode: 'T3F', kid: new Uint8Array(8).fill(byte), seed: new Uint8Array(32).fill(byte) };
}
/** The printing approver: the device key certified in the Kenyan trust list. */
const printer: ActingIdentity = { userId: keCertificate.user, role: 'approver', deviceId: 'device-1', deviceCode: 'T3F', kid: keCertificate.kid, seed: KE_DEVICE_SEED };

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-print-'));
  const wasm = await readFile(wasmPath);
  setZxingModuleOverrides({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function act(db: HornbillDb, who: ActingIdentity, transition: PermitAct, body: CborRecord) {
  const result = await recordPermitAct(db, who, permitId, transition, body, T0);
  if (!result.ok) throw new Error(result.error.code);
}

/** A device holding its Party's trust list and one permit issued through the log. */
async function deviceWithIssuedPermit(): Promise<HornbillDb> {
  const db = openHornbillDb(`hornbill-print-${Math.random()}`);
  const signed = await signTrustList(KE_ROOT_SEED, { party: 'KE', version: 1, issuedAt: T0 - 3_600_000, certificates: [keCertificate], revocations: [] });
  const verified = await verifyTrustList(signed);
  if (!verified.ok) throw new Error(verified.reason);
  await db.trustLists.add(trustListRow(verified.value, signed, null, new Date(T0)));
  await act(db, actor('amina', 'officer', 1), 'submit', bodyFor('requested', permitId));
  await act(db, actor('baraka', 'officer', 2), 'process', {});
  await act(db, actor('chege', 'approver', 3), 'approve', {});
  const today = calendarDateSchema.parse('2026-11-26');
  await act(db, actor('dalia', 'approver', 4), 'issue', issuedBody({ validUntil: '2027-05-26', securityStamp: 'KWS 0042117', place: 'Nairobi' }, { number, today, official: 'Dalia M.' }));
  return db;
}

async function heldTrustLists(db: HornbillDb): Promise<TrustList[]> {
  const lists: TrustList[] = [];
  for (const row of await newestTrustLists(db)) {
    const verified = await verifyTrustList(parseBase64(row.signed) ?? new Uint8Array());
    if (verified.ok) lists.push(verified.value);
  }
  return lists;
}

async function pageOnePng(pdf: Uint8Array): Promise<Uint8Array> {
  const pdfFile = path.join(scratch, 'permit.pdf');
  await writeFile(pdfFile, pdf);
  await run('/usr/bin/pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(scratch, 'permit')]);
  return new Uint8Array(await readFile(path.join(scratch, 'permit.png')));
}

describe('printing an issued permit', () => {
  it('signs its QR with the device key, records one printed entry, and the QR read from the PDF verifies', async () => {
    const db = await deviceWithIssuedPermit();
    const record = await db.permits.get(permitId);
    if (record === undefined) throw new Error('no permit');
    const printed = await printPermit(db, printer, record, 'fr', T0 + 60_000);
    if (!printed.ok) throw new Error(printed.error.en);
    expect(new TextDecoder('latin1').decode(printed.value.pdf.slice(0, 5))).toBe('%PDF-');
    const entries = await db.entries.where('permit').equals(permitId).toArray();
    expect(entries.filter((entry) => entry.action === 'printed').map(({ actor: who, role }) => ({ who, role }))).toEqual([{ who: keCertificate.user, role: 'approver' }]);
    expect(printed.value.permit.status).toBe('issued');

    const found = await decodeQrFromImage(await pageOnePng(printed.value.pdf));
    expect(found).toEqual([printed.value.qrText]);
    const verdict = await verifyPermitQr(found[0] ?? '', { trustLists: await heldTrustLists(db), now: T0 + 3_600_000, listsFetchedAt: T0, ownParty: 'KE' });
    // Signature, key and validity all pass; the one finding is that no status list is held (they come with sync).
    expect(verdict.reasons.map((reason) => reason.code)).toEqual(['status.unavailable']);
    expect(verdict.verdict).toBe('warning');
    expect(verdict.signer).toMatchObject({ party: 'KE', user: keCertificate.user, device: 'T3F' });
    expect(verdict.claims?.number).toBe(number);
    db.close();
  }, 30_000);

  it('refuses a permit that is not issued and records nothing', async () => {
    const db = await deviceWithIssuedPermit();
    const record = await db.permits.get(permitId);
    if (record === undefined) throw new Error('no permit');
    const before = await db.entries.count();
    const refused = await printPermit(db, printer, { ...record, status: 'approved' }, 'en', T0);
    expect(refused.ok).toBe(false);
    expect(await db.entries.count()).toBe(before);
    db.close();
  });
});
