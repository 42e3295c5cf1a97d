// Device codes (src/core/permit/device-code.ts) are handed out at random among the unused ones, so codes
// say nothing about enrolment order and neighbours in a list are not one typo apart. A code is taken by
// inserting the device row: the unique index on devices.code decides between concurrent enrolments on
// either engine (ON CONFLICT DO NOTHING waits for the other transaction, then reports no row).
import { randomInt } from 'node:crypto';
import type { Kysely } from 'kysely';
import { DEVICE_CODE_ALPHABET, DEVICE_CODE_LENGTH } from '../../core/permit/device-code.ts';
import type { Database, DevicesTable } from '../store/database.ts';
import { identityError } from './identity-error.ts';

function allDeviceCodes(): string[] {
  let codes = [''];
  for (let position = 0; position < DEVICE_CODE_LENGTH; position++) {
    codes = codes.flatMap((prefix) => [...DEVICE_CODE_ALPHABET].map((character) => prefix + character));
  }
  return codes;
}

/** Inserts the device under a free code and returns the code. Rows are never deleted, so codes are never reused. */
export async function insertDeviceWithFreeCode(db: Kysely<Database>, device: Omit<DevicesTable, 'code'>): Promise<string> {
  for (;;) {
    const used = new Set((await db.selectFrom('devices').select('code').execute()).map((row) => row.code));
    const free = allDeviceCodes().filter((code) => !used.has(code));
    const code = free[randomInt(Math.max(free.length, 1))];
    if (code === undefined) throw identityError('device_codes_exhausted', 'every device code of this authority is in use');
    const inserted = await db
      .insertInto('devices')
      .values({ ...device, code })
      .onConflict((conflict) => conflict.column('code').doNothing())
      .executeTakeFirst();
    if (inserted.numInsertedOrUpdatedRows === 1n) return code;
  }
}
