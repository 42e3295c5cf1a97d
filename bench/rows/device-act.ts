// One act end to end on the device (DESIGN §11: issue, rules + sign + store, 50 ms median): the issue act of
// an approved permit, as the issue form does it — the rules on the permit as issued, the number allocated,
// the entry signed and stored with the permit's projection in one Dexie transaction (recordPermitAct).
// Dexie runs on fake-indexeddb under Node; a browser's IndexedDB has other costs (disk, structured clone).
// Baseline, in the same run: signing the same kind of entry alone (appendToDeviceChain: CBOR, Ed25519, SHA-256).
import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { openHornbillDb, type HornbillDb } from '../../src/app/db/database.ts';
import type { ActingIdentity } from '../../src/app/log/acting-identity.ts';
import { issuedBody, issueFindings } from '../../src/app/log/issue-act.ts';
import { deviceQuotaShares } from '../../src/app/quota/device-quota-shares.ts';
import { allocatePermitNumber } from '../../src/app/log/permit-number-sequence.ts';
import { recordPermitAct } from '../../src/app/log/record-permit-act.ts';
import { appendToDeviceChain, startDeviceChain } from '../../src/core/log/device-chain.ts';
import { applicationContentSchema } from '../../src/core/log/permit-act-bodies.ts';
import type { CborRecord } from '../../src/core/log/cbor-data.ts';
import { calendarDateSchema } from '../../src/core/permit/calendar-date.ts';
import type { PermitTransition } from '../../src/core/permit/lifecycle.ts';
import { permitDraftSchema } from '../../src/core/permit/model/permit-draft.ts';
import { makeChecklistLookup } from '../../src/core/permit/rules/checklist-lookup.ts';
import { demoChecklistTaxa } from '../../src/core/species/data/demo-checklist.ts';
import { median, type BenchRow } from '../table.ts';

const ACTS = 200;
const WARM_UP = 10;
const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
const TODAY = calendarDateSchema.parse('2026-11-26');
const FIXTURE = new URL('../../tests/fixtures/permits/valid-export.json', import.meta.url);

function identity(userId: string, role: 'officer' | 'approver', seedByte: number): ActingIdentity {
  return { userId, role, deviceId: 'bench-device', deviceCode: 'T3F', kid: new Uint8Array(8).fill(seedByte), seed: new Uint8Array(32).fill(seedByte) };
}
const officer = identity('amina', 'officer', 1);
const processor = identity('baraka', 'officer', 2);
const approver = identity('dalia', 'approver', 3);

/** The example application under `id`, without its quota line (the device holds no quota share), as CBOR data. */
function application(id: string): CborRecord {
  const example = permitDraftSchema.parse({ ...(JSON.parse(readFileSync(FIXTURE, 'utf8')) as object), id });
  const content = applicationContentSchema.parse({ ...example, lineItems: example.lineItems?.slice(0, 1) });
  return JSON.parse(JSON.stringify(content)) as CborRecord;
}

async function approvedPermit(db: HornbillDb, id: string): Promise<void> {
  const steps: [ActingIdentity, PermitTransition, CborRecord][] = [[officer, 'submit', { content: application(id) }], [processor, 'process', {}], [approver, 'approve', {}]];
  for (const [who, transition, body] of steps) {
    const result = await recordPermitAct(db, who, id, transition, body, T0);
    if (!result.ok) throw new Error(`bench: ${transition} refused: ${result.error.code}`);
  }
}

async function timeIssue(db: HornbillDb, id: string): Promise<number> {
  const checklist = makeChecklistLookup(demoChecklistTaxa);
  const record = await db.permits.get(id);
  if (record === undefined) throw new Error('bench: no permit');
  const boxes = { validUntil: '2027-05-26', securityStamp: 'KWS 0042117', place: 'Nairobi' };
  const start = performance.now();
  const preview = issuedBody(boxes, { number: 'KE26-T3F-00001-O', today: TODAY, official: 'Dalia M.' });
  const shares = await deviceQuotaShares(db, 'T3F');
  if (issueFindings(record.content, preview, checklist, 'KE', TODAY, shares).some((finding) => finding.severity === 'error')) throw new Error('bench: rules refuse the permit');
  const number = await allocatePermitNumber(db, { party: 'KE', year: 2026, device: 'T3F' });
  if (!number.ok) throw new Error('bench: no number');
  const issued = await recordPermitAct(db, approver, id, 'issue', issuedBody(boxes, { number: number.value, today: TODAY, official: 'Dalia M.' }), T0);
  if (!issued.ok) throw new Error(`bench: issue refused: ${issued.error.code}`);
  return performance.now() - start;
}

async function timeSignAlone(): Promise<number> {
  const draft = { hlc: { wallMs: T0, counter: 0, node: 'T3F' }, wallTime: T0, actor: 'dalia', role: 'approver' as const, action: 'issued' as const, permit: crypto.randomUUID(), body: { number: 'KE26-T3F-00001-O' } };
  const start = performance.now();
  await appendToDeviceChain(startDeviceChain('T3F'), draft, { kid: approver.kid, seed: approver.seed });
  return performance.now() - start;
}

export async function deviceActRows(): Promise<BenchRow[]> {
  const db = openHornbillDb(`hornbill-bench-device-act-${Date.now()}`);
  try {
    const ids = Array.from({ length: ACTS + WARM_UP }, () => crypto.randomUUID());
    for (const id of ids) await approvedPermit(db, id);
    const times: number[] = [];
    for (const id of ids) times.push(await timeIssue(db, id));
    const signs: number[] = [];
    for (let i = 0; i < ACTS + WARM_UP; i++) signs.push(await timeSignAlone());
    return [{
      figure: 'issue act on the device (rules + sign + store)',
      value: median(times.slice(WARM_UP)),
      unit: 'ms',
      budget: { max: 50 },
      baseline: { label: 'sign the entry alone', value: median(signs.slice(WARM_UP)) },
      note: `median over ${ACTS} issue acts, each on its own approved permit, in a device log of ${ids.length * 4} entries; Dexie on fake-indexeddb under Node (import 'fake-indexeddb/auto'), not a browser's IndexedDB, whose disk and structured-clone costs differ`,
    }];
  } finally {
    db.close();
  }
}
