// Keys, a key lookup and signed device chains for the audit-log tests.
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { tweetnaclEd25519 } from '../../../src/core/crypto/ed25519.ts';
import { appendToDeviceChain, startDeviceChain, type EntryDraft } from '../../../src/core/log/device-chain.ts';
import type { EntrySigningKey, SignedEntry } from '../../../src/core/log/entry.ts';
import type { CertifiedKey, KeyLookup } from '../../../src/core/log/key-lookup.ts';
import type { Role } from '../../../src/core/permit/transition-roles.ts';
import { signKeyCertificate, type KeyCertificate } from '../../../src/core/trust/key-certificate.ts';

export const T0 = Date.UTC(2026, 10, 26, 9, 0, 0);
export const PERMIT_ID = '3f2b8c1e-7d4a-4e5f-9a6b-1c2d3e4f5a6b';

export interface TestHolder {
  readonly key: EntrySigningKey;
  readonly certified: CertifiedKey;
}

export async function testHolder(seedByte: number, device: string, user: string, role: Role): Promise<TestHolder> {
  const seed = new Uint8Array(32).fill(seedByte);
  const kid = new Uint8Array(8).fill(seedByte ^ 0x5a);
  const publicKey = await tweetnaclEd25519.publicKeyFromSeed(seed);
  return { key: { kid, seed }, certified: { publicKey, role, user, device, validAt: 0 } };
}

export function lookupOf(holders: readonly TestHolder[]): KeyLookup {
  const byKid = new Map(holders.map((holder) => [toHex(holder.key.kid), holder.certified]));
  return ({ kid, at }) => {
    const key = byKid.get(toHex(kid));
    return key === undefined ? { reason: `kid ${toHex(kid)} is not certified` } : { ...key, validAt: at };
  };
}

export function draftAt(step: number, holder: TestHolder, note = ''): EntryDraft {
  const at = T0 + step * 60_000;
  return {
    hlc: { wallMs: at, counter: 0 },
    wallTime: at,
    actor: holder.certified.user,
    role: holder.certified.role,
    action: 'altered',
    permit: PERMIT_ID,
    body: { field: 'lineItems.0.quantity', from: 10, to: 12 + step, note },
  };
}

export async function signedChain(holder: TestHolder, length: number, note = ''): Promise<SignedEntry[]> {
  let tip = startDeviceChain(holder.certified.device);
  const entries: SignedEntry[] = [];
  for (let step = 0; step < length; step++) {
    const next = await appendToDeviceChain(tip, draftAt(step, holder, note), holder.key);
    entries.push(next.signed);
    tip = next.tip;
  }
  return entries;
}

export interface CertifiedTestHolder {
  readonly certificate: KeyCertificate;
  readonly holder: TestHolder;
}

/** An officer of device T3F whose key certificate the root key really signed, for trust-list checks. */
export async function certifiedOfficer(rootSeed: Uint8Array, deviceSeed: Uint8Array): Promise<CertifiedTestHolder> {
  const certificate = await signKeyCertificate(rootSeed, {
    party: 'KE',
    role: 'officer',
    user: 'wanjiru.k',
    device: 'T3F',
    publicKey: await tweetnaclEd25519.publicKeyFromSeed(deviceSeed),
    notBefore: T0 - 86_400_000,
    notAfter: T0 + 365 * 86_400_000,
  });
  const holder: TestHolder = {
    key: { kid: certificate.kid, seed: deviceSeed },
    certified: { publicKey: certificate.publicKey, role: 'officer', user: 'wanjiru.k', device: 'T3F', validAt: 0 },
  };
  return { certificate, holder };
}
