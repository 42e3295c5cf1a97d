// The file an auditor receives for one device's log: JSON Lines (UTF-8, LF). Line 1 is a JSON header naming
// the device and carrying the key certificates (and optionally the trust list) the entries need; each further
// line is one signed entry in standard base64, in chain order, so line n+2 holds entry seq n of a whole log.
// Layout and the reasons for it: docs/log-format.md.
import { z } from 'zod';
import { bytesEqual, fromHex, toHex } from '../crypto/bytes.ts';
import { parseBase64, toBase64 } from '../crypto/base64.ts';
import { entryId, MAX_ENTRY_BYTES } from './entry.ts';
import { accept, refuse, type Checked } from './verdict.ts';

export const DEVICE_LOG_EXPORT_FORMAT = 'hornbill-device-log';
export const DEVICE_LOG_EXPORT_VERSION = 1;

export interface DeviceLogExport {
  readonly device: string;
  /** ms since the epoch; written as ISO 8601 UTC. */
  readonly exportedAt: number;
  /** The last entry's seq and id; null for an empty log. */
  readonly head: { readonly seq: number; readonly id: Uint8Array } | null;
  /** The COSE_Sign1 key certificates of every kid the entries name. */
  readonly certificates: readonly Uint8Array[];
  /** The signed trust list that was current at export (it carries the revocations), if the exporter had one. */
  readonly trustList: Uint8Array | null;
  readonly entries: readonly Uint8Array[];
}

const base64Text = z.string().refine((text) => parseBase64(text) !== undefined, 'not canonical padded base64');
const isoInstant = z.string().refine((text) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/.test(text)
  && !Number.isNaN(Date.parse(text)) && new Date(Date.parse(text)).toISOString() === text, 'not an ISO 8601 UTC instant');

const headerSchema = z.strictObject({
  format: z.literal(DEVICE_LOG_EXPORT_FORMAT),
  version: z.literal(DEVICE_LOG_EXPORT_VERSION),
  device: z.string().min(1).max(200),
  exportedAt: isoInstant,
  count: z.number().int().nonnegative(),
  head: z.strictObject({ seq: z.number().int().nonnegative(), id: z.string().regex(/^[0-9a-f]{64}$/, 'not 32 bytes of lowercase hex') }).nullable(),
  certificates: z.array(base64Text),
  trustList: base64Text.nullable(),
});

export function encodeDeviceLogExport(log: DeviceLogExport): string {
  if ((log.head === null) !== (log.entries.length === 0)) throw new Error('encodeDeviceLogExport: head must be null exactly when there are no entries');
  const header = {
    format: DEVICE_LOG_EXPORT_FORMAT,
    version: DEVICE_LOG_EXPORT_VERSION,
    device: log.device,
    exportedAt: new Date(log.exportedAt).toISOString(),
    count: log.entries.length,
    head: log.head === null ? null : { seq: log.head.seq, id: toHex(log.head.id) },
    certificates: log.certificates.map(toBase64),
    trustList: log.trustList === null ? null : toBase64(log.trustList),
  };
  return [JSON.stringify(header), ...log.entries.map(toBase64)].map((line) => `${line}\n`).join('');
}

/** Parses the file; checks its shape and that the header's count and head id match the entry lines, not the entries' signatures. */
export function decodeDeviceLogExport(text: string): Checked<DeviceLogExport> {
  if (!text.endsWith('\n')) return refuse('device log export: the file must end with a line feed (was it cut short?)');
  if (text.includes('\r')) return refuse('device log export: lines must end with LF only, not CR LF');
  const [headerLine = '', ...entryLines] = text.slice(0, -1).split('\n');
  let headerValue: unknown;
  try {
    headerValue = JSON.parse(headerLine);
  } catch {
    return refuse('device log export: line 1 is not a JSON header');
  }
  const parsed = headerSchema.safeParse(headerValue);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return refuse(`device log export: header ${issue === undefined ? 'invalid' : `${issue.path.join('.') || 'line'}: ${issue.message}`}`);
  }
  const header = parsed.data;
  if (entryLines.length !== header.count) {
    return refuse(`device log export: the header announces ${header.count} entries, the file holds ${entryLines.length}`);
  }
  const entries: Uint8Array[] = [];
  for (const [index, line] of entryLines.entries()) {
    const bytes = line.length <= Math.ceil(MAX_ENTRY_BYTES / 3) * 4 ? parseBase64(line) : undefined;
    if (bytes === undefined || bytes.length === 0) return refuse(`device log export: line ${index + 2} is not one entry in base64`);
    entries.push(bytes);
  }
  const last = entries.at(-1);
  if ((header.head === null) !== (last === undefined)) return refuse('device log export: head must be null exactly when there are no entries');
  const head = header.head === null ? null : { seq: header.head.seq, id: fromHex(header.head.id) };
  if (head !== null && last !== undefined && !bytesEqual(entryId(last), head.id)) {
    return refuse('device log export: the head id is not the id of the last entry');
  }
  return accept({
    device: header.device,
    exportedAt: Date.parse(header.exportedAt),
    head,
    certificates: header.certificates.map(decodeBase64),
    trustList: header.trustList === null ? null : decodeBase64(header.trustList),
    entries,
  });
}

/** For text the schema already checked. */
function decodeBase64(text: string): Uint8Array {
  const bytes = parseBase64(text);
  if (bytes === undefined) throw new Error('decodeBase64: not base64 (unchecked input)');
  return bytes;
}
