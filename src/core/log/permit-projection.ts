// Permits are a projection of the log (DESIGN §5): applyEntry folds one entry into one permit's state, or
// says why the entry cannot apply. Checks, in order: the entry acts on a permit; the permit exists (or the
// entry creates it); it is not closed; the lifecycle allows the transition in the permit's effective state;
// the entry's role may fire it; four eyes; the body fits its action's schema (permit-act-bodies.ts).
// Pure and deterministic: the date an expiry is judged on is the entry's own wall time, never a clock.
import type { z } from 'zod';
import { calendarDateSchema, type CalendarDate } from '../permit/calendar-date.ts';
import { effectiveState } from '../permit/effective-state.ts';
import { checkFourEyes } from '../permit/four-eyes.ts';
import { nextState, type PermitState, type StoredPermitState } from '../permit/lifecycle.ts';
import type { PermitDraft } from '../permit/model/permit-draft.ts';
import { failure, success, type Result } from '../permit/result.ts';
import { mayFire, type Role } from '../permit/transition-roles.ts';
import type { CborRecord } from './cbor-data.ts';
import { entryPosition } from './entry-order.ts';
import type { UnsignedEntry } from './entry-schema.ts';
import { isPermitActionName, PERMIT_ACT_BODY_SCHEMAS, type PermitAction } from './permit-act-bodies.ts';
import { TRANSITION_OF_ACTION } from './permit-action-transition.ts';
import type { ProjectedPermit } from './projected-permit.ts';
import {
  alreadyRecorded, badBody, notAPermitAct, notPrintable, permitClosed, roleMayNotAct, unknownPermit, type BadBodyRefusal, type ProjectionRefusal,
} from './projection-refusal.ts';

export interface ProjectionOptions {
  /** The authority's four-eyes setting (docs/lifecycle.md); on by default. */
  readonly fourEyesRequired: boolean;
  /** The calendar date of an entry's wall time in the authority's time zone, for expiry; default UTC. */
  readonly dateOf?: (wallTime: number) => CalendarDate;
}

export const DEFAULT_PROJECTION_OPTIONS: ProjectionOptions = { fourEyesRequired: true };

const CLOSED_STATES: ReadonlySet<StoredPermitState> = new Set(['endorsed', 'cancelled', 'replaced', 'rejected']);
/** Who may record a print-out: those who hand the paper over at the office. */
const PRINTING_ROLES: readonly Role[] = ['officer', 'approver'];

export function applyEntry(
  permit: ProjectedPermit | undefined,
  entry: UnsignedEntry,
  options: ProjectionOptions = DEFAULT_PROJECTION_OPTIONS,
): Result<ProjectedPermit, ProjectionRefusal> {
  const permitId = entry.permit;
  const action = entry.action;
  if (permitId === null || !isPermitActionName(action)) return failure(notAPermitAct(action));
  if (permit === undefined) return action === 'drafted' || action === 'requested' ? create(permitId, action, entry) : failure(unknownPermit(permitId));
  if (action === 'drafted') return failure(alreadyRecorded(permitId));
  if (CLOSED_STATES.has(permit.status)) return failure(permitClosed(permit.status));
  const state = stateOn(permit, entry, options);
  if (action === 'printed') return print(permit, state, entry);
  const transition = TRANSITION_OF_ACTION[action];
  if (transition === null) return failure(notAPermitAct(action));
  const next = nextState(state, transition);
  if (!next.ok) return next;
  if (!mayFire(entry.role, transition)) return failure(roleMayNotAct(entry.role, action));
  const fourEyes = checkFourEyes({ transition, actor: entry.actor, history: permit.acts, fourEyesRequired: options.fourEyesRequired });
  if (!fourEyes.ok) return fourEyes;
  const changed = changedContent(permit.content, action, entry.body);
  if (!changed.ok) return changed;
  return success({
    id: permit.id,
    status: next.value,
    content: { ...changed.value.content, status: next.value },
    acts: [...permit.acts, { transition, actor: entry.actor }],
    replacedBy: changed.value.replacedBy ?? permit.replacedBy,
    last: entryPosition(entry),
  });
}

/** `drafted` opens a draft; `requested` on an unknown permit is an application submitted at once. */
function create(permitId: string, action: 'drafted' | 'requested', entry: UnsignedEntry): Result<ProjectedPermit, ProjectionRefusal> {
  if (!mayFire(entry.role, 'submit')) return failure(roleMayNotAct(entry.role, action));
  const body = parseBody(PERMIT_ACT_BODY_SCHEMAS[action], action, entry.body);
  if (!body.ok) return body;
  if (body.value.content.id !== permitId) return failure(badBody(action, `content.id ${body.value.content.id} is not the entry's permit ${permitId}`));
  const status = action === 'drafted' ? 'draft' : 'requested';
  return success({
    id: permitId,
    status,
    content: { ...body.value.content, status },
    // Drafting an application is preparing it, as altering is: four eyes bars its author from deciding on it.
    acts: [{ transition: action === 'drafted' ? 'alter' : 'submit', actor: entry.actor }],
    replacedBy: null,
    last: entryPosition(entry),
  });
}

function print(permit: ProjectedPermit, state: PermitState, entry: UnsignedEntry): Result<ProjectedPermit, ProjectionRefusal> {
  if (state !== 'issued') return failure(notPrintable(permit.status));
  if (!PRINTING_ROLES.includes(entry.role)) return failure(roleMayNotAct(entry.role, 'printed'));
  const body = parseBody(PERMIT_ACT_BODY_SCHEMAS.printed, 'printed', entry.body);
  return body.ok ? success({ ...permit, last: entryPosition(entry) }) : body;
}

/** The permit's state as of the entry: an issued permit past box 2 on the entry's date is expired. */
function stateOn(permit: ProjectedPermit, entry: UnsignedEntry, options: ProjectionOptions): PermitState {
  const validUntil = calendarDateSchema.safeParse(permit.content.validUntil);
  if (!validUntil.success) return permit.status;
  const today = options.dateOf?.(entry.wallTime) ?? calendarDateSchema.parse(new Date(entry.wallTime).toISOString().slice(0, 10));
  return effectiveState(permit.status, validUntil.data, today);
}

interface ContentChange {
  readonly content: PermitDraft;
  readonly replacedBy?: string;
}

function changedContent(content: PermitDraft, action: Exclude<PermitAction, 'drafted' | 'printed'>, body: CborRecord): Result<ContentChange, BadBodyRefusal> {
  switch (action) {
    case 'requested': {
      const parsed = parseBody(PERMIT_ACT_BODY_SCHEMAS.requested, action, body);
      if (!parsed.ok) return parsed;
      if (parsed.value.content.id !== content.id) return failure(badBody(action, `content.id ${parsed.value.content.id} is not the permit's id ${content.id}`));
      return success({ content: { ...content, ...parsed.value.content } });
    }
    case 'altered': {
      const parsed = parseBody(PERMIT_ACT_BODY_SCHEMAS.altered, action, body);
      return parsed.ok ? success({ content: { ...content, ...parsed.value.boxes } }) : parsed;
    }
    case 'issued': {
      const parsed = parseBody(PERMIT_ACT_BODY_SCHEMAS.issued, action, body);
      return parsed.ok ? success({ content: { ...content, ...parsed.value } }) : parsed;
    }
    case 'endorsed': {
      const parsed = parseBody(PERMIT_ACT_BODY_SCHEMAS.endorsed, action, body);
      if (!parsed.ok) return parsed;
      const lines = content.lineItems?.length ?? 0;
      const quantities = parsed.value.endorsement.actualQuantities.length;
      if (quantities !== lines) return failure(badBody(action, `endorsement.actualQuantities has ${quantities} quantities for ${lines} line items`));
      return success({ content: { ...content, endorsement: parsed.value.endorsement } });
    }
    case 'replaced': {
      const parsed = parseBody(PERMIT_ACT_BODY_SCHEMAS.replaced, action, body);
      return parsed.ok ? success({ content, replacedBy: parsed.value.replacedBy }) : parsed;
    }
    case 'processed':
    case 'approved': {
      const parsed = parseBody(PERMIT_ACT_BODY_SCHEMAS[action], action, body);
      return parsed.ok ? success({ content }) : parsed;
    }
    case 'rejected':
    case 'cancelled': {
      const parsed = parseBody(PERMIT_ACT_BODY_SCHEMAS[action], action, body);
      return parsed.ok ? success({ content }) : parsed;
    }
  }
}

function parseBody<T>(schema: z.ZodType<T>, action: PermitAction, body: CborRecord): Result<T, BadBodyRefusal> {
  const parsed = schema.safeParse(body);
  if (parsed.success) return success(parsed.data);
  const issue = parsed.error.issues[0];
  return failure(badBody(action, issue === undefined ? 'invalid body' : `${issue.path.join('.') || 'body'}: ${issue.message}`));
}
