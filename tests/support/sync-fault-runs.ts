// Sync runs for the fault tests: rounds through the cutting proxy where any run may fail (counted by why),
// clean rounds straight to HQ until nothing moves, and the proxy's cut plan drawn from a seeded PRNG.
import type { Fetch } from '../../src/app/auth/hq-api.ts';
import type { SyncProblemCode } from '../../src/app/sync/sync-problem.ts';
import type { CutChoice, SyncPhase } from './cutting-proxy.ts';
import type { SeededRandom } from './seeded-random.ts';
import type { SimulatedDevice } from './sync-device.ts';

/** Cuts a connection with probability `rate`, in either direction, at a uniform point of the message. */
export function randomCuts(random: SeededRandom, rate: number): (phase: SyncPhase) => CutChoice | null {
  return () => {
    if (random.next() >= rate) return null;
    return { direction: random.next() < 0.5 ? 'upstream' : 'downstream', fraction: random.next() };
  };
}

export interface FaultTally {
  runs: number;
  failed: number;
  /** Why runs failed, by problem code. */
  readonly problems: Map<SyncProblemCode, number>;
}

export function emptyTally(): FaultTally {
  return { runs: 0, failed: 0, problems: new Map() };
}

/** Every device syncs once through `fetchFn`; a failed run is counted in `tally`, not thrown. */
export async function faultyRound(devices: readonly SimulatedDevice[], fetchFn: Fetch, tally: FaultTally): Promise<void> {
  for (const device of devices) {
    const result = await device.sync(fetchFn);
    tally.runs += 1;
    if (result.ok) continue;
    tally.failed += 1;
    tally.problems.set(result.problem.code, (tally.problems.get(result.problem.code) ?? 0) + 1);
  }
}

/** Clean rounds until one moves nothing; throws on a failed run or if it never settles. Returns the rounds. */
export async function syncUntilQuiet(devices: readonly SimulatedDevice[], fetchFn: Fetch, maxRounds = 5): Promise<number> {
  for (let round = 1; round <= maxRounds; round++) {
    let moved = 0;
    for (const device of devices) {
      const result = await device.sync(fetchFn);
      if (!result.ok) throw new Error(`device ${device.code}: a clean sync failed: ${result.problem.message}`);
      moved += result.pushed + result.pulled;
    }
    if (moved === 0) return round;
  }
  throw new Error(`sync did not settle in ${maxRounds} clean rounds`);
}
