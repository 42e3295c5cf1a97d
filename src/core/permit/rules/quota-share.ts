// The part of a Party's annual export quota for one taxon that HQ has given this device to issue against,
// so that devices working offline cannot together exceed the quota (DESIGN §3, box 11a).
import type { QuantityUnit } from '../model/line-item.ts';

export interface QuotaShare {
  readonly taxonId: number;
  /** The quota year: the year of issue. */
  readonly year: number;
  /** The share, in `unit` (absent: number of specimens). */
  readonly amount: number;
  readonly unit?: QuantityUnit;
  /** Already issued against this share on this device, before the permit being checked. */
  readonly used: number;
}
