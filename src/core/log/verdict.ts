// How core/log answers about untrusted input (proofs, notes, checkpoints): accepted, or refused with a
// reason specific enough to act on. Only a caller breaking a function's contract gets a thrown Error.

export interface Refusal {
  readonly ok: false;
  readonly reason: string;
}

export type Verdict = { readonly ok: true } | Refusal;

export type Checked<T> = { readonly ok: true; readonly value: T } | Refusal;

export const ACCEPTED: Verdict = { ok: true };

export function refuse(reason: string): Refusal {
  return { ok: false, reason };
}

export function accept<T>(value: T): Checked<T> {
  return { ok: true, value };
}
