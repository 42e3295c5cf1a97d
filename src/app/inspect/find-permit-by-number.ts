// The permit on this device with a given number (canonical form, already checked by parsePermitNumber).
import type { HornbillDb } from '../db/database.ts';
import type { PermitRecord } from '../db/permit-record.ts';

export async function findPermitByNumber(db: HornbillDb, number: string): Promise<PermitRecord | undefined> {
  // The sequence part ("00042") is one of the number's search words and the most selective of them.
  const sequenceWord = number.slice(9, 14);
  return db.permits.where('searchWords').equals(sequenceWord).filter((row) => row.content.number === number).first();
}
