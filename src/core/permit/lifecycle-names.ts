// Names of lifecycle states and transitions in EN/FR/ES, for messages. States are adjectives that agree
// with "permit" (le permis, el permiso); transitions are verbs in the infinitive.
import type { LocalizedMessage } from './localized-error.ts';
import type { PermitState, PermitTransition } from './lifecycle.ts';

export const STATE_NAMES: Readonly<Record<PermitState, LocalizedMessage>> = {
  draft: { en: 'draft', fr: 'brouillon', es: 'borrador' },
  requested: { en: 'requested', fr: 'demandé', es: 'solicitado' },
  processed: { en: 'processed', fr: 'traité', es: 'tramitado' },
  approved: { en: 'approved', fr: 'approuvé', es: 'aprobado' },
  issued: { en: 'issued', fr: 'délivré', es: 'expedido' },
  endorsed: { en: 'endorsed', fr: 'visé', es: 'refrendado' },
  cancelled: { en: 'cancelled', fr: 'annulé', es: 'anulado' },
  replaced: { en: 'replaced', fr: 'remplacé', es: 'sustituido' },
  rejected: { en: 'rejected', fr: 'rejeté', es: 'rechazado' },
  expired: { en: 'expired', fr: 'expiré', es: 'caducado' },
};

export const TRANSITION_NAMES: Readonly<Record<PermitTransition, LocalizedMessage>> = {
  submit: { en: 'submit', fr: 'soumettre', es: 'presentar' },
  process: { en: 'process', fr: 'traiter', es: 'tramitar' },
  approve: { en: 'approve', fr: 'approuver', es: 'aprobar' },
  issue: { en: 'issue', fr: 'délivrer', es: 'expedir' },
  endorse: { en: 'endorse', fr: 'viser', es: 'refrendar' },
  cancel: { en: 'cancel', fr: 'annuler', es: 'anular' },
  replace: { en: 'replace', fr: 'remplacer', es: 'sustituir' },
  reject: { en: 'reject', fr: 'rejeter', es: 'rechazar' },
  alter: { en: 'alter', fr: 'modifier', es: 'modificar' },
};
