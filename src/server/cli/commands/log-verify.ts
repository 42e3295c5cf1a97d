// `hornbill log verify FILE [--trust TRUST_LIST] [--root-fingerprint FP]`: checks a device log export
// (docs/log-format.md §5) entry by entry. Prints {valid, entries, firstBadIndex?, reason?}; exit 0 valid,
// 1 invalid, 2 unreadable or unusable (one line on stderr).
//
// Whose keys: a log signs itself only as far as its keys are the authority's, so the root key must come from
// outside the file. With --trust, keys come from that trust list (the authority's own, verified) and the
// export's header is not consulted for keys. Without it, the header's trust list is used only when
// --root-fingerprint (as `hornbill trust export` prints it) pins its root; the header's extra certificates
// count when that root signed them. A header without a trust list needs --trust: its certificates alone
// name no root key to check them against.
import { readFile } from 'node:fs/promises';
import { bytesEqual } from '../../../core/crypto/bytes.ts';
import { decodeDeviceLogExport, type DeviceLogExport } from '../../../core/log/device-log-export.ts';
import { trustListKeyLookup } from '../../../core/log/trust-key-lookup.ts';
import { accept, refuse, type Checked } from '../../../core/log/verdict.ts';
import { verifyDeviceLog } from '../../../core/log/verify-device-log.ts';
import { rootKeyFingerprint } from '../../../core/trust/fingerprint.ts';
import { verifyKeyCertificate, type KeyCertificate } from '../../../core/trust/key-certificate.ts';
import type { TrustList } from '../../../core/trust/trust-list.ts';
import { verifyTrustList } from '../../../core/trust/verify-trust-list.ts';
import { describeError } from '../../store/describe-error.ts';
import { parseCommandLine } from '../parse-command-line.ts';
import { exactOperands, subcommand } from '../subcommand.ts';
import { usageError } from '../usage-error.ts';

const USAGE = 'hornbill log verify FILE [--trust TRUST_LIST] [--root-fingerprint FP]';

interface Report {
  readonly valid: boolean;
  readonly entries: number;
  readonly firstBadIndex?: number;
  readonly reason?: string;
}

/** Where the keys come from, or why there are none: `unusable` exits 2, `invalid` reports the log invalid. */
type Keys = { readonly ok: true; readonly list: TrustList } | { readonly ok: false; readonly unusable: boolean; readonly reason: string };

/** 64 hex digits, spaces and case ignored (the printed form is groups of 4, upper case). */
function fingerprintOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const compact = value.replace(/\s+/g, '').toUpperCase();
  if (!/^[0-9A-F]{64}$/.test(compact)) throw usageError('--root-fingerprint must be the 64 hex digits of the root key fingerprint');
  return compact;
}

function fingerprintMatches(list: TrustList, fingerprint: string): boolean {
  return rootKeyFingerprint(list.rootPublicKey).replace(/ /g, '') === fingerprint;
}

async function readBytes(file: string): Promise<Checked<Uint8Array>> {
  try {
    return accept(new Uint8Array(await readFile(file)));
  } catch (error) {
    return refuse(`${file}: ${describeError(error)}`);
  }
}

async function keysFromTrustFile(file: string, fingerprint: string | undefined): Promise<Keys> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return { ok: false, unusable: true, reason: bytes.reason };
  const list = await verifyTrustList(bytes.value);
  if (!list.ok) return { ok: false, unusable: true, reason: `${file}: ${list.reason}` };
  if (fingerprint !== undefined && !fingerprintMatches(list.value, fingerprint)) {
    return { ok: false, unusable: true, reason: `${file}: its root key is not the one --root-fingerprint names` };
  }
  return { ok: true, list: list.value };
}

async function keysFromHeader(log: DeviceLogExport, fingerprint: string | undefined): Promise<Keys> {
  if (log.trustList === null) return { ok: false, unusable: true, reason: 'the export carries no trust list: give the authority’s with --trust FILE' };
  if (fingerprint === undefined) {
    return { ok: false, unusable: true, reason: 'the export’s own trust list cannot vouch for itself: give --root-fingerprint FP or --trust FILE' };
  }
  const list = await verifyTrustList(log.trustList);
  if (!list.ok) return { ok: false, unusable: false, reason: `the export’s trust list: ${list.reason}` };
  if (!fingerprintMatches(list.value, fingerprint)) return { ok: false, unusable: false, reason: 'the export’s trust list is not under the root key --root-fingerprint names' };
  const withHeaderCertificates = await addCertificates(list.value, log.certificates);
  return withHeaderCertificates.ok ? { ok: true, list: withHeaderCertificates.value } : { ok: false, unusable: false, reason: withHeaderCertificates.reason };
}

/** The header's certificates that the list lacks (issued after its version), each checked under the list's root. */
async function addCertificates(list: TrustList, certificates: readonly Uint8Array[]): Promise<Checked<TrustList>> {
  const added: KeyCertificate[] = [];
  for (const [index, signed] of certificates.entries()) {
    const certificate = await verifyKeyCertificate(signed, list.rootPublicKey);
    if (!certificate.ok) return refuse(`the export’s certificate ${index}: ${certificate.reason}`);
    if (certificate.value.party !== list.party) return refuse(`the export’s certificate ${index} is for Party ${certificate.value.party}, not ${list.party}`);
    const known = [...list.certificates, ...added].some((candidate) => bytesEqual(candidate.kid, certificate.value.kid));
    if (!known) added.push(certificate.value);
  }
  return accept({ ...list, certificates: [...list.certificates, ...added] });
}

async function verify(log: DeviceLogExport, list: TrustList): Promise<Report> {
  const verdict = await verifyDeviceLog(log.entries, {
    device: log.device,
    lookup: trustListKeyLookup(list),
    ...(log.head === null ? {} : { knownHead: log.head }),
  });
  if (verdict.ok) return { valid: true, entries: log.entries.length };
  const { index, error } = verdict;
  return {
    valid: false,
    entries: log.entries.length,
    firstBadIndex: index,
    reason: `${error.code}: ${error.message.en} ${error.detail} (line ${index + 2})`,
  };
}

export async function run(args: readonly string[]): Promise<number> {
  const { rest } = subcommand('log', args, ['verify']);
  const { values, positionals } = parseCommandLine(rest, { trust: { type: 'string' }, 'root-fingerprint': { type: 'string' } }, true);
  const [file = ''] = exactOperands(positionals, ['FILE'], USAGE);
  const fingerprint = fingerprintOption(values['root-fingerprint']);

  const log = await readExport(file);
  if (!log.ok) {
    process.stderr.write(`hornbill: ${log.reason}\n`);
    return 2;
  }
  const keys = values.trust === undefined ? await keysFromHeader(log.value, fingerprint) : await keysFromTrustFile(values.trust, fingerprint);
  if (!keys.ok && keys.unusable) {
    process.stderr.write(`hornbill: ${keys.reason}\n`);
    return 2;
  }
  const report = keys.ok ? await verify(log.value, keys.list) : { valid: false, entries: log.value.entries.length, reason: keys.reason };
  process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
  return report.valid ? 0 : 1;
}

async function readExport(file: string): Promise<Checked<DeviceLogExport>> {
  const bytes = await readBytes(file);
  if (!bytes.ok) return bytes;
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value);
  } catch {
    return refuse(`${file}: not UTF-8 text`);
  }
  const log = decodeDeviceLogExport(text);
  return log.ok ? log : refuse(`${file}: ${log.reason}`);
}
