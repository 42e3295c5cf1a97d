// Box 14 checked against what the QR claims, before anything is signed: one actual quantity per line item,
// none negative or above the permitted quantity, at least one above zero (an export of nothing is no export).
import { endorsementSchema, type Endorsement } from '../permit/model/endorsement.ts';
import type { LocalizedError } from '../permit/localized-error.ts';
import { failure, success, type Result } from '../permit/result.ts';
import type { PermitClaims } from './permit-claims.ts';

export type EndorsementRefusalCode = 'endorse.invalid' | 'endorse.line-count' | 'endorse.above-permitted' | 'endorse.nothing-exported';

export interface EndorsementRefusal extends LocalizedError<EndorsementRefusalCode> {
  /** The line item (0-based) the refusal is about, when it is about one. */
  readonly lineItem: number | null;
}

function invalid(detail: string): EndorsementRefusal {
  return {
    code: 'endorse.invalid',
    lineItem: null,
    message: {
      en: `The endorsement is incomplete or malformed (${detail}).`,
      fr: `Le visa est incomplet ou mal formé (${detail}).`,
      es: `El refrendo está incompleto o mal formado (${detail}).`,
    },
  };
}

function lineCount(given: number, expected: number): EndorsementRefusal {
  return {
    code: 'endorse.line-count',
    lineItem: null,
    message: {
      en: `The endorsement gives ${given} actual quantities for the permit’s ${expected} line items.`,
      fr: `Le visa donne ${given} quantités réelles pour les ${expected} lignes du permis.`,
      es: `El refrendo da ${given} cantidades reales para las ${expected} partidas del permiso.`,
    },
  };
}

function abovePermitted(index: number, actual: number, permitted: number): EndorsementRefusal {
  const letter = String.fromCharCode(65 + index);
  return {
    code: 'endorse.above-permitted',
    lineItem: index,
    message: {
      en: `Line item ${letter}: the actual quantity ${actual} is above the permitted ${permitted}.`,
      fr: `Ligne ${letter} : la quantité réelle ${actual} dépasse la quantité autorisée ${permitted}.`,
      es: `Partida ${letter}: la cantidad real ${actual} supera la autorizada ${permitted}.`,
    },
  };
}

const NOTHING_EXPORTED: EndorsementRefusal = {
  code: 'endorse.nothing-exported',
  lineItem: null,
  message: {
    en: 'Every actual quantity is 0: nothing is exported, so there is nothing to endorse.',
    fr: 'Toutes les quantités réelles sont à 0 : rien n’est exporté, il n’y a donc rien à viser.',
    es: 'Todas las cantidades reales son 0: no se exporta nada, así que no hay nada que refrendar.',
  },
};

export function checkEndorsementAgainstClaims(endorsement: unknown, claims: PermitClaims): Result<Endorsement, EndorsementRefusal> {
  const parsed = endorsementSchema.safeParse(endorsement);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return failure(invalid(issue === undefined ? 'invalid' : `${issue.path.join('.')}: ${issue.message}`));
  }
  const quantities = parsed.data.actualQuantities;
  if (quantities.length !== claims.lineItems.length) return failure(lineCount(quantities.length, claims.lineItems.length));
  for (const [index, item] of claims.lineItems.entries()) {
    const actual = quantities[index] ?? 0;
    if (actual > item.quantity) return failure(abovePermitted(index, actual, item.quantity));
  }
  if (quantities.every((quantity) => quantity === 0)) return failure(NOTHING_EXPORTED);
  return success(parsed.data);
}
