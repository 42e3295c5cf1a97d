// One entry of another device, as pulled: well formed, signed by a key the Party's trust list certifies for
// that device, actor and role at the entry's time. Its chain is HQ's to check (this device holds only the
// entries that act on permits); an entry that fails is not stored and is reported.
import { toHex } from '../../core/crypto/bytes.ts';
import { ed25519Verify } from '../../core/crypto/ed25519.ts';
import { decodeEntry, type DecodedEntry } from '../../core/log/entry.ts';
import { isKeyLookupRefusal, type KeyLookup } from '../../core/log/key-lookup.ts';
import { accept, refuse, type Checked } from '../../core/log/verdict.ts';

export async function verifyPulledEntry(bytes: Uint8Array, lookup: KeyLookup): Promise<Checked<DecodedEntry>> {
  const decoded = decodeEntry(bytes);
  if (!decoded.ok) return refuse(`${decoded.error.code}: ${decoded.error.detail}`);
  const { entry, kid, toBeSigned, signature } = decoded.value;
  const key = await lookup({ kid, device: entry.device, actor: entry.actor, at: entry.wallTime });
  if (isKeyLookupRefusal(key)) return refuse(`kid ${toHex(kid)}: ${key.reason}`);
  if (!(await ed25519Verify(key.publicKey, toBeSigned, signature))) return refuse(`the signature does not verify under kid ${toHex(kid)}`);
  if (key.device !== entry.device || key.user !== entry.actor || key.role !== entry.role) {
    return refuse(`kid ${toHex(kid)} is certified for ${key.user} (${key.role}) on ${key.device}, the entry names ${entry.actor} (${entry.role}) on ${entry.device}`);
  }
  return accept(decoded.value);
}
