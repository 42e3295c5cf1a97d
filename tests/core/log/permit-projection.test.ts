import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { UnsignedEntry } from '../../../src/core/log/entry-schema.ts';
import { PERMIT_ACTIONS } from '../../../src/core/log/audit-action.ts';
import { applyEntry, type ProjectionOptions } from '../../../src/core/log/permit-projection.ts';
import type { PermitAction } from '../../../src/core/log/permit-act-bodies.ts';
import { TRANSITION_OF_ACTION } from '../../../src/core/log/permit-action-transition.ts';
import type { ProjectedPermit } from '../../../src/core/log/projected-permit.ts';
import { rebuildPermits } from '../../../src/core/log/rebuild-permits.ts';
import { nextState } from '../../../src/core/permit/lifecycle.ts';
import { mayFire } from '../../../src/core/permit/transition-roles.ts';
import { mergeRemote, startHlc, tickLocal, type Hlc } from '../../../src/core/time/hlc.ts';
import {
  ACTORS, actorOf, applicationContent, bodyFor, PERMIT_IDS, permitEntry, REPLACEMENT_ID, T0, type Actor, type EntryOptions,
} from './permit-act-fixtures.ts';

const officer = actorOf('officer');
const otherOfficer = actorOf('officer', 1);
const approver = actorOf('approver', 1);
const inspector = actorOf('inspector');
const MINUTE = 60_000;

type Act = readonly [Actor, PermitAction, EntryOptions?];

/** The acts one minute apart, folded one by one; throws at the first refusal. */
function project(acts: readonly Act[], options?: ProjectionOptions): ProjectedPermit {
  let permit: ProjectedPermit | undefined;
  for (const [index, [actor, action, extra]] of acts.entries()) {
    const result = applyEntry(permit, permitEntry(actor, action, { seq: index, wallMs: T0 + index * MINUTE, ...extra }), options);
    if (!result.ok) throw new Error(`act ${index} (${action}) refused: ${result.error.code}`);
    permit = result.value;
  }
  if (permit === undefined) throw new Error('no acts');
  return permit;
}

/** The code of the refusal of `action` by `actor` after `acts`. */
function refusalAfter(acts: readonly Act[], actor: Actor, action: PermitAction, extra: EntryOptions = {}, options?: ProjectionOptions) {
  const permit = acts.length === 0 ? undefined : project(acts, options);
  const result = applyEntry(permit, permitEntry(actor, action, { seq: acts.length, wallMs: T0 + acts.length * MINUTE, ...extra }), options);
  return result.ok ? 'accepted' : result.error;
}

const toIssued: readonly Act[] = [[officer, 'requested'], [otherOfficer, 'processed'], [approver, 'approved'], [approver, 'issued']];

describe('applyEntry', () => {
  it('builds the permit from its acts: application, alteration, issue boxes, endorsement', () => {
    const permit = project([
      [officer, 'drafted'],
      [officer, 'altered', { body: { boxes: { specialConditions: 'Crate per IATA LAR 2026', importPermitReference: null } } }],
      [officer, 'requested'],
      [otherOfficer, 'processed'],
      [approver, 'approved', { body: { note: 'all good' } }],
      [approver, 'issued'],
      [approver, 'printed'],
      [inspector, 'endorsed'],
    ]);
    expect(permit.status).toBe('endorsed');
    expect(permit.content).toMatchObject({
      id: PERMIT_IDS[0],
      status: 'endorsed',
      number: 'KE26-T3F-00042-O',
      validUntil: '2027-05-19',
      securityStamp: 'KWS 0',
      issuance: { place: 'Nairobi', date: '2026-11-26', official: 'Dalia M.' },
      endorsement: { actualQuantities: [4, 200], port: 'JKIA Nairobi' },
    });
    // `requested` carries the whole application, so it overwrote the draft's alteration.
    expect(permit.content.specialConditions).toBe(applicationContent(PERMIT_IDS[0])['specialConditions']);
    expect(permit.acts.map((act) => act.transition)).toEqual(['alter', 'alter', 'submit', 'process', 'approve', 'issue', 'endorse']);
    expect(permit.last).toEqual({ hlc: { wallMs: T0 + 7 * MINUTE, counter: 0 }, device: inspector.device, seq: 7 });
  });

  it('applies an alteration box by box: a present box replaces the old one whole, null included', () => {
    const permit = project([[officer, 'requested'], [officer, 'altered', { body: { boxes: { purpose: 'Z', lineItems: [] } } }]]);
    expect(permit.content.purpose).toBe('Z');
    expect(permit.content.lineItems).toEqual([]);
    expect(permit.content.exporter).toEqual(applicationContent(PERMIT_IDS[0])['exporter']);
    expect(project([[officer, 'requested'], [officer, 'altered', { body: { boxes: { importPermitReference: null } } }]]).content.importPermitReference).toBeNull();
  });

  it('records the replacement', () => {
    expect(project([...toIssued, [approver, 'replaced']]).replacedBy).toBe(REPLACEMENT_ID);
  });

  it('refuses an entry that is not a permit act', () => {
    const login: UnsignedEntry = { ...permitEntry(officer, 'requested'), action: 'login', permit: null, body: {} };
    expect(applyEntry(undefined, login)).toMatchObject({ ok: false, error: { code: 'projection.not-a-permit-act', action: 'login' } });
  });

  it('refuses an act on an unknown permit, and a second application for a known one', () => {
    expect(refusalAfter([], otherOfficer, 'processed')).toMatchObject({ code: 'projection.unknown-permit', permit: PERMIT_IDS[0] });
    expect(refusalAfter([[officer, 'drafted']], officer, 'drafted')).toMatchObject({ code: 'projection.already-recorded' });
    expect(refusalAfter([[officer, 'requested']], officer, 'requested')).toMatchObject({ code: 'lifecycle.illegal-transition', state: 'requested', transition: 'submit' });
  });

  it('refuses an illegal transition', () => {
    expect(refusalAfter([[officer, 'requested']], approver, 'approved')).toMatchObject({ code: 'lifecycle.illegal-transition', state: 'requested', transition: 'approve' });
    expect(refusalAfter(toIssued, officer, 'altered')).toMatchObject({ code: 'lifecycle.illegal-transition', state: 'issued', transition: 'alter' });
  });

  it('refuses any act on a cancelled, replaced, rejected or endorsed permit', () => {
    expect(refusalAfter([...toIssued, [approver, 'cancelled']], inspector, 'endorsed')).toMatchObject({ code: 'projection.permit-closed', state: 'cancelled' });
    expect(refusalAfter([...toIssued, [approver, 'replaced']], approver, 'cancelled')).toMatchObject({ code: 'projection.permit-closed', state: 'replaced' });
    expect(refusalAfter([[officer, 'requested'], [approver, 'rejected']], otherOfficer, 'processed')).toMatchObject({ code: 'projection.permit-closed', state: 'rejected' });
    expect(refusalAfter([...toIssued, [inspector, 'endorsed']], approver, 'printed')).toMatchObject({ code: 'projection.permit-closed', state: 'endorsed' });
  });

  it('refuses to endorse, cancel or print a permit expired on the entry’s date', () => {
    const afterExpiry = Date.UTC(2027, 4, 20, 8, 0, 0);
    expect(refusalAfter(toIssued, inspector, 'endorsed', { wallMs: afterExpiry })).toMatchObject({ code: 'lifecycle.illegal-transition', state: 'expired' });
    expect(refusalAfter(toIssued, approver, 'printed', { wallMs: afterExpiry })).toMatchObject({ code: 'projection.not-printable' });
    // Valid through its whole valid-until day; the authority's date function decides the day.
    expect(refusalAfter(toIssued, inspector, 'endorsed', { wallMs: Date.UTC(2027, 4, 19, 23, 0, 0) })).toBe('accepted');
    const nairobi: ProjectionOptions = { fourEyesRequired: true, dateOf: () => '2027-05-20' as never };
    expect(refusalAfter(toIssued, inspector, 'endorsed', { wallMs: Date.UTC(2027, 4, 19, 23, 0, 0) }, nairobi)).toMatchObject({ state: 'expired' });
  });

  it('refuses an act the entry’s role may not record', () => {
    expect(refusalAfter([[officer, 'requested'], [otherOfficer, 'processed']], inspector, 'approved')).toMatchObject({ code: 'projection.role-may-not-act', role: 'inspector', action: 'approved' });
    expect(refusalAfter(toIssued, officer, 'cancelled')).toMatchObject({ code: 'projection.role-may-not-act', role: 'officer' });
    expect(refusalAfter([], approver, 'requested')).toMatchObject({ code: 'projection.role-may-not-act', action: 'requested' });
    expect(refusalAfter(toIssued, inspector, 'printed')).toMatchObject({ code: 'projection.role-may-not-act', action: 'printed' });
    expect(refusalAfter(toIssued, { user: 'root', role: 'admin', device: 'HQ1' }, 'cancelled')).toMatchObject({ code: 'projection.role-may-not-act', role: 'admin' });
  });

  it('refuses a decision by whoever prepared the application when four eyes is on, and allows it when off', () => {
    const bothRoles = { ...approver, user: officer.user };
    const prepared: Act[] = [[officer, 'requested'], [otherOfficer, 'processed']];
    expect(refusalAfter(prepared, bothRoles, 'approved')).toMatchObject({ code: 'four-eyes.preparer-may-not-decide', priorTransition: 'submit' });
    expect(refusalAfter(prepared, bothRoles, 'approved', {}, { fourEyesRequired: false })).toBe('accepted');
    // The drafter prepared the application too.
    const drafted: Act[] = [[otherOfficer, 'drafted'], [officer, 'requested'], [officer, 'processed']];
    expect(refusalAfter(drafted, { ...approver, user: otherOfficer.user }, 'approved')).toMatchObject({ code: 'four-eyes.preparer-may-not-decide', priorTransition: 'alter' });
  });

  it('refuses a body that does not fit its action', () => {
    const requested: Act[] = [[officer, 'requested']];
    expect(refusalAfter([], officer, 'requested', { body: { content: applicationContent(PERMIT_IDS[1]) } })).toMatchObject({ code: 'projection.bad-body', detail: expect.stringContaining('content.id') as unknown });
    expect(refusalAfter(requested, officer, 'altered', { body: { boxes: {} } })).toMatchObject({ code: 'projection.bad-body' });
    expect(refusalAfter(requested, officer, 'altered', { body: { boxes: { status: 'issued' } } })).toMatchObject({ code: 'projection.bad-body' });
    expect(refusalAfter(requested, officer, 'altered', { body: { boxes: { purpose: 'K' } } })).toMatchObject({ code: 'projection.bad-body', detail: expect.stringContaining('boxes.purpose') as unknown });
    expect(refusalAfter(requested, approver, 'rejected', { body: { reason: ' ' } })).toMatchObject({ code: 'projection.bad-body' });
    const approved: Act[] = [...requested, [otherOfficer, 'processed'], [approver, 'approved']];
    expect(refusalAfter(approved, approver, 'issued', { body: { ...bodyFor('issued', PERMIT_IDS[0]), number: 'KE26-T3F-00042-X' } })).toMatchObject({ code: 'projection.bad-body' });
    expect(refusalAfter(approved, approver, 'issued', { body: { note: 'x' } })).toMatchObject({ code: 'projection.bad-body' });
    const endorsement = { actualQuantities: [4], port: 'Mombasa', date: '2026-11-27', inspector: 'Eli K.', billOfLading: null };
    expect(refusalAfter(toIssued, inspector, 'endorsed', { body: { endorsement } })).toMatchObject({ code: 'projection.bad-body', detail: expect.stringContaining('2 line items') as unknown });
    expect(refusalAfter(toIssued, approver, 'printed', { body: { copies: 0 } })).toMatchObject({ code: 'projection.bad-body' });
  });

  it('refuses to print a permit that is not issued', () => {
    expect(refusalAfter([[officer, 'requested']], officer, 'printed')).toMatchObject({ code: 'projection.not-printable', state: 'requested' });
  });
});

describe('rebuildPermits', () => {
  it('settles two devices acting on one issued permit offline the same way everywhere, and reports the loser', () => {
    const issued = toIssued.map(([actor, action], index) => permitEntry(actor, action, { seq: index, wallMs: T0 + index * MINUTE }));
    const cancel = permitEntry(approver, 'cancelled', { seq: 10, wallMs: T0 + 10 * MINUTE });
    const endorse = permitEntry(inspector, 'endorsed', { seq: 0, wallMs: T0 + 10 * MINUTE, counter: 1 });
    for (const entries of [[...issued, cancel, endorse], [endorse, ...issued.reverse(), cancel]]) {
      const { permits, conflicts } = rebuildPermits(entries);
      expect(permits.get(PERMIT_IDS[0])?.status).toBe('cancelled');
      expect(conflicts).toEqual([{
        permit: PERMIT_IDS[0],
        entry: { hlc: { wallMs: T0 + 10 * MINUTE, counter: 1 }, device: inspector.device, seq: 0 },
        actor: inspector.user,
        action: 'endorsed',
        refusal: expect.objectContaining({ code: 'projection.permit-closed', state: 'cancelled' }) as unknown,
        after: { hlc: { wallMs: T0 + 10 * MINUTE, counter: 0 }, device: approver.device, seq: 10 },
      }]);
    }
  });

  it('breaks a tie in the HLC by device, then seq', () => {
    const request = permitEntry(officer, 'requested', { seq: 0 });
    const a = permitEntry({ ...otherOfficer, device: 'AAA' }, 'altered', { seq: 5, wallMs: T0 + MINUTE, body: { boxes: { specialConditions: 'from AAA' } } });
    const b = permitEntry({ ...otherOfficer, device: 'BBB' }, 'altered', { seq: 1, wallMs: T0 + MINUTE, body: { boxes: { specialConditions: 'from BBB' } } });
    for (const entries of [[request, a, b], [b, a, request]]) {
      expect(rebuildPermits(entries).permits.get(PERMIT_IDS[0])?.content.specialConditions).toBe('from BBB');
    }
  });

  it('skips device actions', () => {
    const login: UnsignedEntry = { ...permitEntry(officer, 'requested'), action: 'login', permit: null, body: {} };
    expect(rebuildPermits([login])).toEqual({ permits: new Map(), conflicts: [] });
  });
});

// A simulated field: five users on four tablets with skewed clocks act on three permits. Before acting on a
// permit a device has synced the permit's last entry (mergeRemote), as it must have to see its state.
const fieldRun = fc.record({
  skews: fc.array(fc.integer({ min: -20 * MINUTE, max: 20 * MINUTE }), { minLength: 4, maxLength: 4 }),
  steps: fc.array(fc.record({ choice: fc.nat({ max: 1_000_000 }), pause: fc.integer({ min: 0, max: 3 * MINUTE }) }), { minLength: 20, maxLength: 60 }),
  fourEyesRequired: fc.boolean(),
  /** The arrival order: entry i arrives by the rank of arrival[i]. */
  arrival: fc.array(fc.nat(), { minLength: 60, maxLength: 60 }),
});

function inArrivalOrder<T>(items: readonly T[], ranks: readonly number[]): T[] {
  return items.map((item, index) => ({ item, rank: ranks[index] ?? 0 })).sort((a, b) => a.rank - b.rank).map(({ item }) => item);
}
type FieldRun = typeof fieldRun extends fc.Arbitrary<infer Run> ? Run : never;
const DEVICES = [...new Set(ACTORS.map((actor) => actor.device))];

interface Candidate {
  readonly actor: Actor;
  readonly action: PermitAction;
  readonly permit: string;
}

/** Every act the model state allows by its lifecycle and roles (applyEntry has the last word). */
function candidates(permits: ReadonlyMap<string, ProjectedPermit>): Candidate[] {
  const found: Candidate[] = [];
  for (const permit of PERMIT_IDS) {
    const state = permits.get(permit)?.status;
    for (const action of PERMIT_ACTIONS) {
      const transition = TRANSITION_OF_ACTION[action];
      const legal = state === undefined
        ? action === 'drafted' || action === 'requested'
        : action === 'printed' ? state === 'issued' : transition !== null && nextState(state, transition).ok;
      if (!legal) continue;
      for (const actor of ACTORS) {
        if (transition === null || mayFire(actor.role, transition)) found.push({ actor, action, permit });
      }
    }
  }
  return found;
}

/** One (permit, action) pair with equal chances, then one of its actors: else alterations crowd out the rest. */
function pickFairly(legal: readonly Candidate[], choice: number): Candidate | undefined {
  const byPair = new Map<string, Candidate[]>();
  for (const candidate of legal) {
    const key = `${candidate.permit} ${candidate.action}`;
    byPair.set(key, [...(byPair.get(key) ?? []), candidate]);
  }
  const groups = [...byPair.values()];
  const group = groups[choice % Math.max(1, groups.length)] ?? [];
  return group[Math.floor(choice / Math.max(1, groups.length)) % Math.max(1, group.length)];
}

/** Generates a legal log, folding it incrementally as it is written; returns the log and the folded state. */
function simulate(run: FieldRun) {
  const options: ProjectionOptions = { fourEyesRequired: run.fourEyesRequired };
  const clocks = new Map<string, Hlc>();
  const seqs = new Map<string, number>();
  const permits = new Map<string, ProjectedPermit>();
  const log: UnsignedEntry[] = [];
  const visited = new Set<string>();
  let now = T0;
  for (const [step, { choice, pause }] of run.steps.entries()) {
    now += pause;
    const legal = candidates(permits).flatMap((candidate) => {
      const entry = permitEntry(candidate.actor, candidate.action, { permit: candidate.permit, body: bodyFor(candidate.action, candidate.permit, step) });
      return applyEntry(permits.get(candidate.permit), entry, options).ok ? [candidate] : [];
    });
    const pick = pickFairly(legal, choice);
    if (pick === undefined) continue;
    const { device } = pick.actor;
    const wall = now + (run.skews[DEVICES.indexOf(device)] ?? 0);
    let clock = clocks.get(device) ?? startHlc(device, wall);
    const seen = permits.get(pick.permit)?.last;
    if (seen !== undefined) {
      const merged = mergeRemote(clock, seen.hlc, wall);
      if (!merged.ok) throw new Error('the simulated skews stay within the drift bound');
      clock = merged.value;
    }
    clock = tickLocal(clock, wall);
    clocks.set(device, clock);
    const seq = seqs.get(device) ?? 0;
    seqs.set(device, seq + 1);
    const entry = permitEntry(pick.actor, pick.action, {
      permit: pick.permit, seq, wallMs: clock.wallMs, counter: clock.counter, wallTime: wall, body: bodyFor(pick.action, pick.permit, step),
    });
    const applied = applyEntry(permits.get(pick.permit), entry, options);
    if (!applied.ok) throw new Error(`a candidate was refused: ${applied.error.code}`);
    permits.set(pick.permit, applied.value);
    visited.add(applied.value.status);
    log.push(entry);
  }
  return { log, permits, options, visited };
}

describe('rebuilding from the log (property)', () => {
  it('gives the state the incremental updates gave, whatever order the entries arrive in', () => {
    const reached = new Set<string>();
    fc.assert(
      fc.property(fieldRun, (run) => {
        const { log, permits, options, visited } = simulate(run);
        const rebuilt = rebuildPermits(inArrivalOrder(log, run.arrival), options);
        expect(rebuilt.conflicts).toEqual([]);
        expect(rebuilt.permits).toEqual(permits);
        for (const status of visited) reached.add(status);
      }),
      { numRuns: 150 },
    );
    // The generator does reach the far end of the lifecycle, not only its first steps.
    expect([...reached]).toEqual(expect.arrayContaining(['requested', 'issued', 'endorsed', 'cancelled']));
  });

  it('gives one state and one conflict list for any arrival order, legal or not', () => {
    const anyEntry = fc.record({
      actor: fc.constantFrom(...ACTORS),
      action: fc.constantFrom(...PERMIT_ACTIONS),
      permit: fc.constantFrom(...PERMIT_IDS),
      wallMs: fc.integer({ min: T0, max: T0 + 20 * MINUTE }),
      variant: fc.nat({ max: 5 }),
    });
    fc.assert(
      fc.property(fc.array(anyEntry, { maxLength: 40 }), fc.array(fc.nat(), { minLength: 40, maxLength: 40 }), (acts, arrival) => {
        // Distinct (device, seq): each device's entries numbered in turn.
        const seqs = new Map<string, number>();
        const log = acts.map(({ actor, action, permit, wallMs, variant }) => {
          const seq = seqs.get(actor.device) ?? 0;
          seqs.set(actor.device, seq + 1);
          return permitEntry(actor, action, { permit, seq, wallMs, body: bodyFor(action, permit, variant) });
        });
        expect(rebuildPermits(inArrivalOrder(log, arrival))).toEqual(rebuildPermits(log));
      }),
      { numRuns: 150 },
    );
  });
});
