// Checks one device's log, entry by entry in the order given, and names the FIRST entry that is wrong and
// why. Per entry: structure (decodeEntry), key (lookup), signature, certified holder, then the chain:
// device, seq, prev, HLC. Signature before chain, so an altered entry reads as altered, not as misplaced.
import { bytesEqual, toHex } from '../crypto/bytes.ts';
import { ed25519Verify } from '../crypto/ed25519.ts';
import type { UnsignedEntry } from './entry-schema.ts';
import { decodeEntry, type DecodedEntry } from './entry.ts';
import { isHlcAfter, startDeviceChain, tipAfter, type DeviceChainTip } from './device-chain.ts';
import { isKeyLookupRefusal, type CertifiedKey, type KeyLookup } from './key-lookup.ts';
import { logError, type LogError } from './log-error.ts';

export type SignatureVerifier = (publicKey: Uint8Array, message: Uint8Array, signature: Uint8Array) => Promise<boolean>;

export interface DeviceLogCheck {
  /** The device whose log this is (from the export header or the store), never taken from the entries. */
  readonly device: string;
  readonly lookup: KeyLookup;
  /** Where the list starts when it is not the device's whole log; default: the genesis. */
  readonly start?: DeviceChainTip;
  /**
   * The newest entry known from elsewhere (HQ's record, a receipt). A hash chain cannot show that its own
   * tail was cut off; with this, a log that stops before `seq` is refused.
   */
  readonly knownHead?: { readonly seq: number; readonly id: Uint8Array };
  /** Called every `progressEvery` entries (default 1,000) and once at the end; awaited, so a UI can repaint. */
  readonly onProgress?: (verified: number, total: number) => void | Promise<void>;
  readonly progressEvery?: number;
  /** Default: the session's Ed25519 backend (WebCrypto, else tweetnacl). */
  readonly verifySignature?: SignatureVerifier;
}

export type DeviceLogVerdict =
  | { readonly ok: true; readonly count: number; readonly tip: DeviceChainTip }
  | { readonly ok: false; readonly index: number; readonly error: LogError };

export async function verifyDeviceLog(entries: readonly Uint8Array[], check: DeviceLogCheck): Promise<DeviceLogVerdict> {
  const verifySignature = check.verifySignature ?? ed25519Verify;
  const progressEvery = Math.max(1, Math.floor(check.progressEvery ?? 1000));
  const start = check.start ?? startDeviceChain(check.device);
  let tip = start;
  /** ids of the entries accepted so far, by seq - start.nextSeq: tells a duplicate from a fork. */
  const ids: Uint8Array[] = [];
  for (const [index, bytes] of entries.entries()) {
    const decoded = decodeEntry(bytes);
    if (!decoded.ok) return { ok: false, index, error: decoded.error };
    const problem = await entryProblem(decoded.value, check, tip, ids, start.nextSeq, verifySignature);
    if (problem !== undefined) return { ok: false, index, error: problem };
    ids.push(decoded.value.id);
    tip = tipAfter(decoded.value.entry, decoded.value.id);
    if ((index + 1) % progressEvery === 0) await check.onProgress?.(index + 1, entries.length);
  }
  if (entries.length % progressEvery !== 0 || entries.length === 0) await check.onProgress?.(entries.length, entries.length);
  const headProblem = check.knownHead === undefined ? undefined : knownHeadProblem(check.knownHead, ids, start.nextSeq);
  return headProblem === undefined ? { ok: true, count: entries.length, tip } : { ok: false, ...headProblem };
}

async function entryProblem(
  decoded: DecodedEntry,
  check: DeviceLogCheck,
  tip: DeviceChainTip,
  ids: readonly Uint8Array[],
  firstSeq: number,
  verifySignature: SignatureVerifier,
): Promise<LogError | undefined> {
  const { entry } = decoded;
  const key = await check.lookup({ kid: decoded.kid, device: entry.device, actor: entry.actor, at: entry.wallTime });
  if (isKeyLookupRefusal(key)) return logError('key.not-valid', `kid ${toHex(decoded.kid)}: ${key.reason}`);
  if (!(await verifySignature(key.publicKey, decoded.toBeSigned, decoded.signature))) {
    return logError('signature.invalid', `the signature does not verify under kid ${toHex(decoded.kid)}`);
  }
  const holder = holderMismatch(key, entry);
  if (holder !== undefined) return logError('key.wrong-holder', holder);
  if (entry.device !== check.device) return logError('chain.wrong-device', `entry of device ${entry.device} in the log of ${check.device}`);
  if (entry.seq > tip.nextSeq) return logError('chain.seq-gap', `seq ${entry.seq}, expected ${tip.nextSeq}`);
  if (entry.seq < tip.nextSeq) {
    const earlier = ids[entry.seq - firstSeq];
    return earlier !== undefined && bytesEqual(earlier, decoded.id)
      ? logError('chain.duplicate', `seq ${entry.seq} appears a second time`)
      : logError('chain.fork', `a second, different entry with seq ${entry.seq} (expected ${tip.nextSeq})`);
  }
  if (!bytesEqual(entry.prev, tip.prev)) {
    return logError('chain.prev-mismatch', `prev ${toHex(entry.prev)}, expected the previous id ${toHex(tip.prev)}`);
  }
  if (!isHlcAfter(entry.hlc, tip.hlc)) {
    return logError('chain.hlc-not-increasing', `HLC (${entry.hlc.wallMs}, ${entry.hlc.counter}) is not after (${tip.hlc?.wallMs}, ${tip.hlc?.counter})`);
  }
  return undefined;
}

function holderMismatch(key: CertifiedKey, entry: UnsignedEntry): string | undefined {
  if (key.device !== entry.device) return `the key is certified for device ${key.device}, the entry names ${entry.device}`;
  if (key.user !== entry.actor) return `the key is certified for user ${key.user}, the entry names ${entry.actor}`;
  if (key.role !== entry.role) return `the key is certified for role ${key.role}, the entry names ${entry.role}`;
  return undefined;
}

function knownHeadProblem(
  head: { readonly seq: number; readonly id: Uint8Array },
  ids: readonly Uint8Array[],
  firstSeq: number,
): { index: number; error: LogError } | undefined {
  const index = head.seq - firstSeq;
  if (index < 0) return undefined;
  const id = ids[index];
  if (id === undefined) {
    return { index: ids.length, error: logError('chain.truncated', `the log ends at seq ${firstSeq + ids.length - 1}, the known head is seq ${head.seq}`) };
  }
  return bytesEqual(id, head.id) ? undefined : { index, error: logError('chain.head-mismatch', `seq ${head.seq} has id ${toHex(id)}, the known head is ${toHex(head.id)}`) };
}
