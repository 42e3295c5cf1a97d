// The bodies of the permit acts the fault tests record: the example application, an issue with a permit
// number of the issuing device's series, an export endorsement.
import type { CborRecord } from '../../src/core/log/cbor-data.ts';
import { formatPermitNumber } from '../../src/core/permit/permit-number.ts';
import { applicationContent, bodyFor } from '../core/log/permit-act-fixtures.ts';

export function requestBody(permitId: string): CborRecord {
  return { content: applicationContent(permitId) };
}

export function issueBody(permitId: string, deviceCode: string, sequence: number): CborRecord {
  const number = formatPermitNumber({ party: 'KE', year: 2026, device: deviceCode, sequence });
  if (!number.ok) throw new Error(number.error.message.en);
  return { ...bodyFor('issued', permitId), number: number.value };
}

/** `variant` changes the quantities, so two endorsements of one permit are two different entries. */
export function endorseBody(permitId: string, variant: number): CborRecord {
  return bodyFor('endorsed', permitId, variant);
}
