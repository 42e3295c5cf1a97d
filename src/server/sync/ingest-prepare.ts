// The checks of a push that need no state (docs/sync-protocol.md §Push steps 1, 2 and 5), done BEFORE the
// sequencer lock so that the single writer is not held while they run: each entry decoded once, and its
// signature checked, all of the batch's in parallel, under the certificate its kid names. ingest-check.ts
// then decides every entry in the spec's order under the lock, taking these results instead of redoing them.
import { toHex } from '../../core/crypto/bytes.ts';
import { decodeEntry, entryId, type DecodedEntry } from '../../core/log/entry.ts';
import type { LogError } from '../../core/log/log-error.ts';
import type { Result } from '../../core/permit/result.ts';
import type { KeyCertificate } from '../../core/trust/key-certificate.ts';
import type { SignatureVerifier } from './entry-signature.ts';

export interface PreparedEntry {
  readonly bytes: Uint8Array;
  readonly id: Uint8Array;
  readonly hex: string;
  readonly decoded: Result<DecodedEntry, LogError>;
  /** The signature checked under the public key of the certificate the kid named when prepared, if any. */
  readonly verified?: { readonly publicKey: Uint8Array; readonly valid: boolean };
}

/** The certificates HQ holds for a device (none for a device it does not know). */
export type DeviceCertificates = (device: string) => Promise<readonly Pick<KeyCertificate, 'kid' | 'publicKey'>[]>;

/**
 * Decodes every entry and checks the signature of each that decodes and has a kid among the certificates of
 * the device it names (a push may relay other devices' chains: push-chains.ts); each device's certificates
 * are asked for once.
 */
export async function prepareEntries(entries: readonly Uint8Array[], certificatesOf: DeviceCertificates, verify: SignatureVerifier): Promise<PreparedEntry[]> {
  const keysByDevice = new Map<string, Promise<ReadonlyMap<string, Uint8Array>>>();
  const keysOf = (device: string) => {
    let keys = keysByDevice.get(device);
    if (keys === undefined) {
      keys = certificatesOf(device).then((certificates) => new Map(certificates.map((certificate) => [toHex(certificate.kid), certificate.publicKey])));
      keysByDevice.set(device, keys);
    }
    return keys;
  };
  return Promise.all(entries.map(async (bytes): Promise<PreparedEntry> => {
    const decoded = decodeEntry(bytes);
    if (!decoded.ok) {
      const id = entryId(bytes);
      return { bytes, id, hex: toHex(id), decoded };
    }
    const { id, kid, toBeSigned, signature, entry } = decoded.value;
    const publicKey = (await keysOf(entry.device)).get(toHex(kid));
    const prepared = { bytes, id, hex: toHex(id), decoded };
    if (publicKey === undefined) return prepared;
    return { ...prepared, verified: { publicKey, valid: await verify(publicKey, toBeSigned, signature) } };
  }));
}
