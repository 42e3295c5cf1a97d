// For the checklist sync tests, a fresh store of the engine under test with HQ's authority and a settable
// clock, and either HQ's Fastify app with one enrolled device key (requests by inject) or the real HQ
// listening in this process with one simulated device (src/app over fake-indexeddb) enrolled a day earlier.
import type { Taxon } from '../../src/core/species/taxon.ts';
import type { Store } from '../../src/server/store/store.ts';
import type { LogDevice } from './hq-log-fixture.ts';
import { testClock, type TestClock } from './identity-fixture.ts';
import { enrolSimulatedDevice, type SimulatedDevice } from './sync-device.ts';
import { startInProcessHq, type InProcessHq } from './sync-fault-hq.ts';
import { deviceOf, syncHq, type SyncHq } from './sync-ingest-hq.ts';
import type { FreshStore } from './test-engines.ts';

const DAY = 86_400_000;

export interface ChecklistWorld<Hq, Device> {
  readonly store: Store;
  readonly clock: TestClock;
  readonly hq: Hq;
  readonly device: Device;
  close(): Promise<void>;
}

export async function checklistHqWorld(openFresh: () => Promise<FreshStore>): Promise<ChecklistWorld<SyncHq, LogDevice>> {
  const fresh = await openFresh();
  const clock = testClock(new Date('2026-11-26T09:00:00Z'));
  const hq = await syncHq(fresh.store, clock);
  const device = await deviceOf(fresh.store, hq, 'olive', ['officer'], clock.now);
  return { store: fresh.store, clock, hq, device, close: () => hq.app.close().then(() => fresh.dispose()) };
}

export async function checklistDeviceWorld(openFresh: () => Promise<FreshStore>): Promise<ChecklistWorld<InProcessHq, SimulatedDevice>> {
  const fresh = await openFresh();
  const clock = testClock(new Date('2026-11-26T09:00:00Z'));
  const hq = await startInProcessHq(fresh.store, clock);
  const enrolledAt = new Date(clock.now.getTime() - DAY);
  const device = await enrolSimulatedDevice({ store: fresh.store, signer: hq.signer, username: 'olive', roles: ['officer'], enrolledAt, referenceNow: () => clock.now.getTime() });
  const close = async () => {
    device.db.close();
    await hq.close();
    await fresh.dispose();
  };
  return { store: fresh.store, clock, hq, device, close };
}

/** The taxon at `index`; throws when there is none (a test's own mistake). */
export function taxonAt(taxa: readonly Taxon[], index: number): Taxon {
  const taxon = taxa[index];
  if (taxon === undefined) throw new Error(`no taxon at ${index}`);
  return taxon;
}
