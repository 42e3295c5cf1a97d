// Actors, application content and one well-formed body per permit action, for the projection tests.
import type { CborRecord } from '../../../src/core/log/cbor-data.ts';
import type { UnsignedEntry } from '../../../src/core/log/entry-schema.ts';
import { GENESIS_PREV } from '../../../src/core/log/entry-schema.ts';
import { applicationContentSchema } from '../../../src/core/log/permit-act-bodies.ts';
import type { PermitAction } from '../../../src/core/log/permit-act-bodies.ts';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
// Imported, not read from disk: the app tests (jsdom) use these fixtures too.
import validExportJson from '../../fixtures/permits/valid-export.json';

export const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);

export const PERMIT_IDS = [
  '3f2b8c1e-7d4a-4e5f-9a6b-1c2d3e4f5a6b',
  '7c1d9e2f-3a4b-4c5d-8e6f-7a8b9c0d1e2f',
  'a1b2c3d4-e5f6-4a7b-8c9d-0e1f2a3b4c5d',
] as const;
export const REPLACEMENT_ID = 'b7e3c2a1-0f9e-4d8c-9b7a-6f5e4d3c2b1a';

export interface Actor {
  readonly user: string;
  readonly role: Role;
  readonly device: string;
}

export const ACTORS: readonly Actor[] = [
  { user: 'amina', role: 'officer', device: 'T3F' },
  { user: 'baraka', role: 'officer', device: 'K7P' },
  { user: 'chege', role: 'approver', device: 'T3F' },
  { user: 'dalia', role: 'approver', device: 'M2X' },
  { user: 'eli', role: 'inspector', device: 'P9Q' },
];

export function actorOf(role: Role, index = 0): Actor {
  const actor = ACTORS.filter((candidate) => candidate.role === role)[index];
  if (actor === undefined) throw new Error(`no test actor ${role} #${index}`);
  return actor;
}

/** The example permit's application boxes (no lifecycle boxes), under the given id, as CBOR data. */
export function applicationContent(id: string): CborRecord {
  const content = applicationContentSchema.parse({ ...validExportJson, id });
  return JSON.parse(JSON.stringify(content)) as CborRecord;
}

/** A body that fits the action, varied by `variant` where the action changes something. */
export function bodyFor(action: PermitAction, permit: string, variant = 0): CborRecord {
  switch (action) {
    case 'drafted':
    case 'requested':
      return { content: applicationContent(permit) };
    case 'altered':
      return variant % 2 === 0
        ? { boxes: { specialConditions: `Condition ${variant}` } }
        : { boxes: { purpose: variant % 3 === 0 ? 'Z' : 'T', importPermitReference: null } };
    case 'processed':
    case 'approved':
      return variant % 2 === 0 ? {} : { note: `checked ${variant}` };
    case 'rejected':
    case 'cancelled':
      return { reason: `reason ${variant}` };
    case 'issued':
      return {
        number: 'KE26-T3F-00042-O',
        validUntil: '2027-05-19',
        securityStamp: `KWS ${variant}`,
        issuance: { place: 'Nairobi', date: '2026-11-26', official: 'Dalia M.' },
      };
    case 'endorsed':
      return { endorsement: { actualQuantities: [4, 200 - variant], port: 'JKIA Nairobi', date: '2026-11-27', inspector: 'Eli K.', billOfLading: null } };
    case 'replaced':
      return { reason: `typo ${variant}`, replacedBy: REPLACEMENT_ID };
    case 'printed':
      return { copies: 1 + (variant % 3) };
  }
}

export interface EntryOptions {
  readonly seq?: number;
  readonly wallMs?: number;
  readonly counter?: number;
  readonly wallTime?: number;
  readonly body?: CborRecord;
  readonly permit?: string;
}

/** An unsigned entry by `actor` (the projection does not look at signatures or chains). */
export function permitEntry(actor: Actor, action: PermitAction, options: EntryOptions = {}): UnsignedEntry {
  const permit = options.permit ?? PERMIT_IDS[0];
  const wallMs = options.wallMs ?? T0;
  return {
    v: 1,
    device: actor.device,
    seq: options.seq ?? 0,
    prev: GENESIS_PREV,
    hlc: { wallMs, counter: options.counter ?? 0 },
    wallTime: options.wallTime ?? wallMs,
    actor: actor.user,
    role: actor.role,
    action,
    permit,
    body: options.body ?? bodyFor(action, permit),
  };
}
