// The CBOR map keys of an entry payload: small integers 1..11, one byte each (a 1-letter text key costs 2).
// The numbers are the order of DESIGN §5 and are frozen: a new field takes the next number and a new `v`.
import type { UnsignedEntry } from './entry-schema.ts';

export const ENTRY_KEYS = {
  v: 1,
  device: 2,
  seq: 3,
  prev: 4,
  hlc: 5,
  wallTime: 6,
  actor: 7,
  role: 8,
  action: 9,
  permit: 10,
  body: 11,
} as const satisfies Record<keyof UnsignedEntry, number>;

export type EntryField = keyof typeof ENTRY_KEYS;

export const ENTRY_FIELDS = Object.keys(ENTRY_KEYS) as EntryField[];

export const FIELD_OF_KEY: ReadonlyMap<number, EntryField> = new Map(ENTRY_FIELDS.map((field) => [ENTRY_KEYS[field], field]));
