/** A map from code to record, for constant-time lookups of codes typed by hand or read from a QR code. */
export function indexByCode<Entry extends { readonly code: string }>(records: readonly Entry[]): ReadonlyMap<string, Entry> {
  return new Map(records.map((record) => [record.code, record]));
}
