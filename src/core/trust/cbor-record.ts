// CBOR maps decode as Map (so integer keys survive); zod schemas describe plain objects. This bridges the two.

/**
 * The decoded CBOR value with every map whose keys are all text turned into a null-prototype object
 * (recursively, through arrays), so that a "__proto__" key from an untrusted body is just a key, which a strict
 * schema then refuses, and never the object's prototype. Maps with other keys stay Maps, so a schema expecting
 * an object refuses them.
 */
export function plainFromCbor(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(plainFromCbor);
  if (value instanceof Map) {
    const keys = [...value.keys()];
    if (!keys.every((key): key is string => typeof key === 'string')) return value;
    const record = Object.create(null) as Record<string, unknown>;
    for (const [key, entry] of value as Map<string, unknown>) record[key] = plainFromCbor(entry);
    return record;
  }
  return value;
}
