// The per-entry checks of a push (docs/sync-protocol.md §Push), in the spec's order, against HQ's record of
// the device's chain. Pure but for the lookups it is given; it decides, the caller stores. Decoding and
// signatures come prepared (ingest-prepare.ts, before the lock); a signature prepared under another key than
// the one the lookup answers now is checked again here.
import { bytesEqual, toHex } from '../../core/crypto/bytes.ts';
import { isHlcAfter, tipAfter, type DeviceChainTip } from '../../core/log/device-chain.ts';
import type { DecodedEntry } from '../../core/log/entry.ts';
import type { RejectionCode } from '../../core/sync/rejection.ts';
import type { Alert } from './alerts.ts';
import { mayRecord } from './entry-role-check.ts';
import type { SignatureVerifier } from './entry-signature.ts';
import type { HqKeyLookup } from './hq-key-lookup.ts';
import type { PreparedEntry } from './ingest-prepare.ts';

export interface BatchCheck {
  /** The device that signed the request. */
  readonly device: string;
  readonly entries: readonly PreparedEntry[];
  /** HQ's chain head for the device before this batch. */
  readonly chain: DeviceChainTip;
  /** Hex ids of the batch's entries HQ holds already. */
  readonly held: ReadonlySet<string>;
  /** The hex id of the entry HQ holds for (device, seq), for telling a fork. */
  readonly heldIdAtSeq: (seq: number) => Promise<string | undefined>;
  readonly lookup: HqKeyLookup;
  readonly verify: SignatureVerifier;
}

export interface RejectedEntry {
  readonly index: number;
  readonly id: Uint8Array;
  readonly code: RejectionCode;
  readonly reason: string;
  readonly bytes: Uint8Array;
}

export interface CheckedBatch {
  /** New entries to append, in chain order. */
  readonly accepted: readonly DecodedEntry[];
  /** Hex ids of every entry of the batch HQ will hold (accepted now or before), in batch order, once each. */
  readonly receipted: readonly string[];
  readonly rejected: readonly RejectedEntry[];
  readonly alerts: readonly Alert[];
  readonly chain: DeviceChainTip;
}

type EntryVerdict = { readonly ok: true; readonly entry: DecodedEntry } | { readonly ok: false; readonly code: RejectionCode; readonly reason: string; readonly alert?: Alert };

export async function checkBatch(check: BatchCheck): Promise<CheckedBatch> {
  const accepted: DecodedEntry[] = [];
  const receipted: string[] = [];
  const rejected: RejectedEntry[] = [];
  const alerts: Alert[] = [];
  const seen = new Set<string>();
  let chain = check.chain;
  for (const [index, prepared] of check.entries.entries()) {
    const { id, hex, bytes } = prepared;
    if (rejected.length > 0) {
      rejected.push({ index, id, bytes, code: 'chain.after-rejected', reason: `entry ${rejected[0]?.index} of this batch was rejected` });
      continue;
    }
    const verdict = await checkEntry(check, prepared, chain);
    if (verdict === 'held') {
      if (!seen.has(hex)) receipted.push(hex);
      seen.add(hex);
      continue;
    }
    if (!verdict.ok) {
      rejected.push({ index, id, bytes, code: verdict.code, reason: verdict.reason });
      if (verdict.alert !== undefined) alerts.push(verdict.alert);
      continue;
    }
    accepted.push(verdict.entry);
    receipted.push(hex);
    seen.add(hex);
    chain = tipAfter(verdict.entry.entry, verdict.entry.id);
  }
  return { accepted, receipted, rejected, alerts, chain };

  async function checkEntry(batch: BatchCheck, prepared: PreparedEntry, tip: DeviceChainTip): Promise<EntryVerdict | 'held'> {
    const { decoded, hex } = prepared;
    if (!decoded.ok) return { ok: false, code: 'entry.malformed', reason: `${decoded.error.code}: ${decoded.error.detail}` };
    const { entry } = decoded.value;
    if (entry.device !== batch.device) return { ok: false, code: 'entry.wrong-device', reason: `an entry of device ${entry.device} pushed by ${batch.device}` };
    if (batch.held.has(hex) || seen.has(hex)) return 'held';
    const key = batch.lookup(decoded.value.kid, entry);
    if (!key.ok) {
      const alert: Alert | undefined = key.signedAfterRevocation
        ? { kind: 'revoked-key-signing', subject: batch.device, device: batch.device, entryId: hex, detail: `entry ${entry.seq} of device ${batch.device} was signed after its key's revocation: ${key.reason}` }
        : undefined;
      return alert === undefined ? { ok: false, code: key.code, reason: key.reason } : { ok: false, code: key.code, reason: key.reason, alert };
    }
    if (!(await signatureValid(batch.verify, prepared, decoded.value, key.key.publicKey))) {
      return { ok: false, code: 'signature.invalid', reason: `the signature does not verify under kid ${toHex(decoded.value.kid)}` };
    }
    if (!mayRecord(entry.role, entry.action)) return { ok: false, code: 'role.not-allowed', reason: `the role ${entry.role} may not record ${entry.action}` };
    if (entry.seq < tip.nextSeq) {
      const heldId = await batch.heldIdAtSeq(entry.seq);
      return {
        ok: false,
        code: 'chain.fork',
        reason: `HQ holds another entry (${heldId ?? 'unknown'}) for seq ${entry.seq} of device ${batch.device}`,
        alert: { kind: 'cloned-device', subject: batch.device, device: batch.device, entryId: hex, detail: `two different entries for seq ${entry.seq} of device ${batch.device}: ${heldId ?? 'unknown'} and ${hex}` },
      };
    }
    if (entry.seq !== tip.nextSeq || !bytesEqual(entry.prev, tip.prev)) {
      return { ok: false, code: 'chain.gap', reason: `seq ${entry.seq} with prev ${toHex(entry.prev)}; HQ expects seq ${tip.nextSeq} after ${toHex(tip.prev)}` };
    }
    if (!isHlcAfter(entry.hlc, tip.hlc)) {
      return { ok: false, code: 'chain.clock', reason: `HLC ${entry.hlc.wallMs}.${entry.hlc.counter} is not after ${tip.hlc?.wallMs}.${tip.hlc?.counter}` };
    }
    return { ok: true, entry: decoded.value };
  }
}

function signatureValid(verify: SignatureVerifier, prepared: PreparedEntry, decoded: DecodedEntry, publicKey: Uint8Array): Promise<boolean> {
  const { verified } = prepared;
  if (verified !== undefined && bytesEqual(verified.publicKey, publicKey)) return Promise.resolve(verified.valid);
  return verify(publicKey, decoded.toBeSigned, decoded.signature);
}
