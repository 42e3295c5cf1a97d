// Box 1 numbers allocated on the device without coordination (DESIGN §3): PPYY-DDD-SSSSS-C, the sequence
// being this device's own for the year.
//
// Allocation is its own committed transaction, run just before the issue act is recorded, never rolled back
// with it: a crash or a failed write between the two leaves a gap in the sequence, never a repeat. The
// alternative, allocating inside the act's transaction, cannot work here: the number is in the signed body,
// and signing must happen before that transaction opens (record-permit-act.ts).
import { formatPermitNumber, type PermitNumberParts } from '../../core/permit/permit-number.ts';
import type { PermitNumberError } from '../../core/permit/permit-number-errors.ts';
import { failure, success, type Result } from '../../core/permit/result.ts';
import type { HornbillDb } from '../db/database.ts';

/** One row per device code and year of issue: the last sequence handed out. */
export interface PermitNumberSequenceRecord {
  readonly device: string;
  readonly year: number;
  readonly last: number;
}

export type PermitNumberSeries = Omit<PermitNumberParts, 'sequence'>;

async function lastSequence(db: HornbillDb, series: PermitNumberSeries): Promise<number> {
  return (await db.permitNumberSequences.get([series.device, series.year]))?.last ?? 0;
}

/** The number the next allocation would give, allocating nothing (for checking the permit before issue). */
export async function nextPermitNumber(db: HornbillDb, series: PermitNumberSeries): Promise<Result<string, PermitNumberError>> {
  return formatPermitNumber({ ...series, sequence: (await lastSequence(db, series)) + 1 });
}

/** Takes the next number of the series for good; a number that does not format (sequence exhausted) takes nothing. */
export async function allocatePermitNumber(db: HornbillDb, series: PermitNumberSeries): Promise<Result<string, PermitNumberError>> {
  return db.transaction('rw', db.permitNumberSequences, async () => {
    const sequence = (await lastSequence(db, series)) + 1;
    const number = formatPermitNumber({ ...series, sequence });
    if (!number.ok) return failure(number.error);
    await db.permitNumberSequences.put({ device: series.device, year: series.year, last: sequence });
    return success(number.value);
  });
}
