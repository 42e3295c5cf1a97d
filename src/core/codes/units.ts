import { unitRecords, type UnitCode } from './data/unit-codes.ts';
import { indexByCode } from './index-by-code.ts';
import type { UnitRecord } from './types.ts';

const units = indexByCode(unitRecords);

/** The unit code record, current or legacy, or undefined for an unknown code. '' is the pre-2021 blank unit. */
export function unitCode(code: string): UnitRecord<UnitCode> | undefined {
  return units.get(code);
}

/** True for any known unit code, legacy ones and the pre-2021 blank unit ('') included. */
export function isValidUnitCode(code: string): code is UnitCode {
  return units.has(code);
}

/** The current unit that replaced a legacy one (KIL → KGM, '' → NAR), or undefined if the code was not replaced. */
export function unitForLegacy(legacyCode: string): UnitCode | undefined {
  return units.get(legacyCode)?.replacedBy;
}

/** The legacy unit a current one replaced (KGM → KIL, NAR → ''), for reading and writing pre-2021 trade data. */
export function legacyUnitFor(currentCode: string): UnitCode | undefined {
  return units.get(currentCode)?.replaces;
}
