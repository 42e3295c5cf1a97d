// The permits' lives across three devices while sync keeps failing: the officer's device requests and
// processes them, the approver's approves and issues them, the inspector's endorses them; each device can act
// only on what it pulled. In each stage the acts are recorded one per round while every device syncs through
// the faulty fetch, then clean rounds settle everything before the next stage.
import type { Fetch } from '../../src/app/auth/hq-api.ts';
import type { SimulatedDevice } from './sync-device.ts';
import { endorseBody, issueBody, requestBody } from './sync-fault-permits.ts';
import { emptyTally, faultyRound, syncUntilQuiet, type FaultTally } from './sync-fault-runs.ts';

export interface LifecycleDevices {
  readonly officer: SimulatedDevice;
  readonly approver: SimulatedDevice;
  readonly inspector: SimulatedDevice;
}

export interface LifecycleUnderFaults {
  readonly devices: LifecycleDevices;
  readonly permits: readonly string[];
  readonly faulty: Fetch;
  readonly clean: Fetch;
  /** Moves the clock on before each round (minutes pass between acts). */
  readonly advanceClock: () => void;
  /** Whether stage `stage` (0, 1, 2) needs another faulty round once its acts are done. */
  readonly moreRounds: (stage: number, round: number) => boolean;
}

/** Entries the lifecycle writes per permit: requested, processed, approved, issued, endorsed. */
export const ENTRIES_PER_PERMIT = 5;

export async function permitLifecycleUnderFaults(run: LifecycleUnderFaults): Promise<FaultTally> {
  const { officer, approver, inspector } = run.devices;
  const all = [officer, approver, inspector];
  const tally = emptyTally();
  const stages: (() => Promise<unknown>)[][] = [
    run.permits.flatMap((permit) => [
      () => officer.act(permit, 'submit', 'officer', requestBody(permit)),
      () => officer.act(permit, 'process', 'officer', {}),
    ]),
    run.permits.flatMap((permit, index) => [
      () => approver.act(permit, 'approve', 'approver', {}),
      () => approver.act(permit, 'issue', 'approver', issueBody(permit, approver.code, index + 1)),
    ]),
    run.permits.map((permit, index) => () => inspector.act(permit, 'endorse', 'inspector', endorseBody(permit, index))),
  ];
  for (const [stage, acts] of stages.entries()) {
    for (let round = 0; round < acts.length || run.moreRounds(stage, round); round++) {
      run.advanceClock();
      await acts[round]?.();
      await faultyRound(all, run.faulty, tally);
    }
    await syncUntilQuiet(all, run.clean);
  }
  return tally;
}
