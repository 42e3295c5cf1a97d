// The demo's sample permits (DESIGN §9b: "a few permits in every state"), made the honest way: three demo
// tablets are enrolled, each writes its hash chain of signed permit acts, and each pushes it through HQ's
// real ingest. HQ's log, checkpoints, permit projection and status list are therefore all real, and a
// browser enrolled later pulls these permits from HQ like any other. Anything HQ refuses throws.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import { decodeEntry } from '../../core/log/entry.ts';
import type { UnsignedEntry } from '../../core/log/entry-schema.ts';
import { rebuildPermits } from '../../core/log/rebuild-permits.ts';
import { calendarDateSchema, type CalendarDate } from '../../core/permit/calendar-date.ts';
import type { RootSigner } from '../identity/root-signer.ts';
import type { Database } from '../store/database.ts';
import type { Store } from '../store/store.ts';
import { createSyncContext } from '../sync/sync-context.ts';
import { DEMO_SAMPLES, demoApplication, type DemoSample } from './demo-applications.ts';
import { pushDemoTablet } from './demo-push.ts';
import { DEMO_END_STATES, demoSessions } from './demo-script.ts';
import { startDemoTabletChain } from './demo-tablet-chain.ts';
import { DEMO_FIELD_ROLES, enrolDemoTablets } from './demo-tablets.ts';

export interface DemoPermits {
  readonly permits: number;
  readonly entries: number;
  readonly tablets: number;
}

/** How long before today the importing Party granted the import permit of the Appendix-I sample. */
const IMPORT_PERMIT_AGE_DAYS = 21;
const DAY_MS = 24 * 60 * 60_000;

/**
 * Enrols the tablets at `now` and signs their acts just after it, one millisecond apart (the tablets' wall
 * clock); HQ stamps what it receives with `hqClock`. Run once, right after createDemoAuthority.
 */
export async function createDemoPermits(store: Store, rootSigner: RootSigner, now: Date, hqClock: () => Date): Promise<DemoPermits> {
  const tablets = await enrolDemoTablets(store.db, rootSigner, now);
  const hq = createSyncContext({ db: store.db, engine: store.engine, clock: hqClock, rootSigner });

  const today = calendarDateOf(now.getTime());
  const importPermitDate = calendarDateOf(now.getTime() - IMPORT_PERMIT_AGE_DAYS * DAY_MS);
  const ids = bySample(() => randomUUID());
  const applications = bySample((sample) => demoApplication(sample, ids[sample], importPermitDate));
  const sessions = demoSessions({ ids, applications, today, approverDevice: tablets.approver.code, official: tablets.approver.displayName, inspector: tablets.inspector.displayName });

  const chains = { officer: startDemoTabletChain(tablets.officer), approver: startDemoTabletChain(tablets.approver), inspector: startDemoTabletChain(tablets.inspector) };
  const pushed: Uint8Array[] = [];
  let wallTime = now.getTime();
  for (const session of sessions) {
    const chain = chains[session.role];
    for (const act of session.acts) {
      wallTime += 1;
      await chain.append(act, wallTime);
    }
    wallTime += 1;
    pushed.push(...(await pushDemoTablet(hq, chain, wallTime)));
  }
  assertEveryActApplied(pushed);
  await assertEndStates(store.db, ids);
  return { permits: DEMO_SAMPLES.length, entries: pushed.length, tablets: DEMO_FIELD_ROLES.length };
}

function bySample<T>(make: (sample: DemoSample) => T): Record<DemoSample, T> {
  return {
    draft: make('draft'),
    processed: make('processed'),
    approved: make('approved'),
    issued: make('issued'),
    endorsed: make('endorsed'),
    cancelled: make('cancelled'),
    rejected: make('rejected'),
    replaced: make('replaced'),
    replacement: make('replacement'),
  };
}

function calendarDateOf(ms: number): CalendarDate {
  return calendarDateSchema.parse(new Date(ms).toISOString().slice(0, 10));
}

/** The projection of everything pushed refuses nothing: no act was lost to a conflict HQ would only alert on. */
function assertEveryActApplied(pushed: readonly Uint8Array[]): void {
  const entries: UnsignedEntry[] = pushed.map((bytes) => {
    const decoded = decodeEntry(bytes);
    if (!decoded.ok) throw new Error(`demo: a signed entry does not decode: ${decoded.error.code}`);
    return decoded.value.entry;
  });
  const { conflicts } = rebuildPermits(entries);
  const refused = conflicts.map((conflict) => `${conflict.action} of ${conflict.permit}: ${conflict.refusal.code}`);
  if (refused.length > 0) throw new Error(`demo: acts the permit projection refuses: ${refused.join('; ')}`);
}

async function assertEndStates(db: Kysely<Database>, ids: Readonly<Record<DemoSample, string>>): Promise<void> {
  const rows = await db.selectFrom('permits').select(['id', 'status']).where('id', 'in', Object.values(ids)).execute();
  const statusOf = new Map(rows.map((row) => [row.id, row.status]));
  const wrong = DEMO_SAMPLES.filter((sample) => statusOf.get(ids[sample]) !== DEMO_END_STATES[sample]);
  const described = wrong.map((sample) => `${sample} is ${statusOf.get(ids[sample]) ?? 'missing'}, not ${DEMO_END_STATES[sample]}`);
  if (wrong.length > 0) throw new Error(`demo: HQ's permits are not in the intended states: ${described.join('; ')}`);
}
