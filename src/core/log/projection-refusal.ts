// Why the permit projection refuses an entry (permit-projection.ts): the lifecycle's and four eyes' own
// errors, plus the projection's, each with a stable code and an EN/FR/ES sentence for the audit screens.
import type { IllegalTransitionError } from '../permit/lifecycle.ts';
import type { FourEyesError } from '../permit/four-eyes.ts';
import { STATE_NAMES } from '../permit/lifecycle-names.ts';
import type { StoredPermitState } from '../permit/lifecycle.ts';
import type { LocalizedError } from '../permit/localized-error.ts';
import type { Role } from '../permit/transition-roles.ts';
import type { AuditAction } from './audit-action.ts';

export interface NotAPermitActRefusal extends LocalizedError<'projection.not-a-permit-act'> {
  readonly action: AuditAction;
}
export interface UnknownPermitRefusal extends LocalizedError<'projection.unknown-permit'> {
  readonly permit: string;
}
export interface AlreadyRecordedRefusal extends LocalizedError<'projection.already-recorded'> {
  readonly permit: string;
}
export interface PermitClosedRefusal extends LocalizedError<'projection.permit-closed'> {
  readonly state: StoredPermitState;
}
export interface NotPrintableRefusal extends LocalizedError<'projection.not-printable'> {
  readonly state: StoredPermitState;
}
export interface RoleMayNotActRefusal extends LocalizedError<'projection.role-may-not-act'> {
  readonly role: Role;
  readonly action: AuditAction;
}
export interface BadBodyRefusal extends LocalizedError<'projection.bad-body'> {
  readonly action: AuditAction;
  /** Which field is wrong and how, in English, for whoever investigates. */
  readonly detail: string;
}

export type ProjectionRefusal =
  | NotAPermitActRefusal
  | UnknownPermitRefusal
  | AlreadyRecordedRefusal
  | PermitClosedRefusal
  | NotPrintableRefusal
  | RoleMayNotActRefusal
  | BadBodyRefusal
  | IllegalTransitionError
  | FourEyesError;

export function notAPermitAct(action: AuditAction): NotAPermitActRefusal {
  return {
    code: 'projection.not-a-permit-act',
    action,
    message: {
      en: 'This entry does not act on a permit.',
      fr: 'Cette entrée ne porte sur aucun permis.',
      es: 'Esta entrada no se refiere a ningún permiso.',
    },
  };
}

export function unknownPermit(permit: string): UnknownPermitRefusal {
  return {
    code: 'projection.unknown-permit',
    permit,
    message: {
      en: 'The permit is unknown: no application for it has been recorded.',
      fr: 'Le permis est inconnu : aucune demande n’a été enregistrée pour lui.',
      es: 'El permiso es desconocido: no se ha registrado ninguna solicitud para él.',
    },
  };
}

export function alreadyRecorded(permit: string): AlreadyRecordedRefusal {
  return {
    code: 'projection.already-recorded',
    permit,
    message: {
      en: 'This application has already been recorded.',
      fr: 'Cette demande a déjà été enregistrée.',
      es: 'Esta solicitud ya ha sido registrada.',
    },
  };
}

export function permitClosed(state: StoredPermitState): PermitClosedRefusal {
  const s = STATE_NAMES[state];
  return {
    code: 'projection.permit-closed',
    state,
    message: {
      en: `The permit is ${s.en}: no further action is possible on it.`,
      fr: `Le permis est ${s.fr} : aucune autre action n’est possible.`,
      es: `El permiso está ${s.es}: no es posible ninguna otra acción.`,
    },
  };
}

export function notPrintable(state: StoredPermitState): NotPrintableRefusal {
  const s = STATE_NAMES[state];
  return {
    code: 'projection.not-printable',
    state,
    message: {
      en: `A permit in the state "${s.en}" cannot be printed: only an issued permit can.`,
      fr: `Un permis à l’état « ${s.fr} » ne peut pas être imprimé : seul un permis délivré peut l’être.`,
      es: `Un permiso en estado «${s.es}» no puede imprimirse: solo puede imprimirse un permiso expedido.`,
    },
  };
}

export function roleMayNotAct(role: Role, action: AuditAction): RoleMayNotActRefusal {
  return {
    code: 'projection.role-may-not-act',
    role,
    action,
    message: {
      en: `The role "${role}" may not record the action "${action}".`,
      fr: `Le rôle « ${role} » ne peut pas enregistrer l’action « ${action} ».`,
      es: `El rol «${role}» no puede registrar la acción «${action}».`,
    },
  };
}

export function badBody(action: AuditAction, detail: string): BadBodyRefusal {
  return {
    code: 'projection.bad-body',
    action,
    detail,
    message: {
      en: 'The entry does not carry what its action requires.',
      fr: 'L’entrée ne contient pas ce que son action exige.',
      es: 'La entrada no contiene lo que su acción exige.',
    },
  };
}
