// What an entry's `body` may hold: the CBOR data model as plain JavaScript values, text-keyed maps as objects.
// Integers must be safe integers and floats finite, so every value has one deterministic encoding and
// survives decode → encode unchanged.

export type CborData = null | boolean | number | string | Uint8Array | readonly CborData[] | CborRecord;
export interface CborRecord {
  readonly [key: string]: CborData;
}

export function isCborData(value: unknown): value is CborData {
  if (value === null || typeof value === 'boolean' || typeof value === 'string' || value instanceof Uint8Array) return true;
  if (typeof value === 'number') return Number.isFinite(value) && (!Number.isInteger(value) || Number.isSafeInteger(value));
  if (Array.isArray(value)) return value.every(isCborData);
  return isCborRecord(value);
}

export function isCborRecord(value: unknown): value is CborRecord {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Uint8Array || value instanceof Map) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return false;
  return Object.values(value).every(isCborData);
}

/**
 * A decoded CBOR value (maps as Map) as CborData, text-keyed maps becoming null-prototype objects (so a
 * "__proto__" key is just a key); undefined when it holds anything else (a non-text map key, a tag, a bigint).
 */
export function cborDataFromDecoded(value: unknown): CborData | undefined {
  if (Array.isArray(value)) {
    const items: CborData[] = [];
    for (const item of value) {
      const converted = cborDataFromDecoded(item);
      if (converted === undefined) return undefined;
      items.push(converted);
    }
    return items;
  }
  if (value instanceof Map) {
    const record: Record<string, CborData> = Object.create(null) as Record<string, CborData>;
    for (const [key, item] of value as Map<unknown, unknown>) {
      const converted = cborDataFromDecoded(item);
      if (typeof key !== 'string' || converted === undefined) return undefined;
      record[key] = converted;
    }
    return record;
  }
  return isCborData(value) ? value : undefined;
}
