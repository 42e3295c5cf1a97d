// A device database holding one enrolled account and a signed chain of entries by it (run under Node: see
// record-permit-act.test.ts on jsdom and typed arrays).
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import { toBase64 } from '../../../src/core/crypto/base64.ts';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { tweetnaclEd25519 } from '../../../src/core/crypto/ed25519.ts';
import { decodeEntry, type SignedEntry } from '../../../src/core/log/entry.ts';
import { signKeyCertificate } from '../../../src/core/trust/key-certificate.ts';
import { signedChain, T0 } from '../../core/log/audit-log-fixtures.ts';

const rootSeed = new Uint8Array(32).fill(0x42);
const deviceSeed = new Uint8Array(32).fill(0x17);
export const LOG_USER = 'user-wanjiru';
let counter = 0;

export async function deviceWithLog(length: number): Promise<{ db: HornbillDb; chain: SignedEntry[] }> {
  const publicKey = await tweetnaclEd25519.publicKeyFromSeed(deviceSeed);
  const certificate = await signKeyCertificate(rootSeed, {
    party: 'KE', role: 'officer', user: LOG_USER, device: 'T3F', publicKey, notBefore: T0 - 86_400_000, notAfter: T0 + 365 * 86_400_000,
  });
  const holder = { key: { kid: certificate.kid, seed: deviceSeed }, certified: { publicKey, role: 'officer' as const, user: LOG_USER, device: 'T3F', validAt: 0 } };
  const chain = await signedChain(holder, length);
  const db = openHornbillDb(`hornbill-device-log-${++counter}`);
  await db.accounts.add({
    userId: LOG_USER, username: LOG_USER, displayName: 'Wanjiru K.', roles: ['officer'], party: 'KE', authorityName: 'KWS',
    deviceId: 'device-1', deviceCode: 'T3F',
    wrappedKey: { v: 1, kdf: 'PBKDF2-SHA256', iterations: 600_000, salt: '', iv: '', ciphertext: '' },
    certificates: [toBase64(certificate.signed)], rootPublicKey: toBase64(await tweetnaclEd25519.publicKeyFromSeed(rootSeed)),
    autoLockMinutes: 15, failedAttempts: { count: 0, lastAt: 0 }, enrolledAt: new Date(T0).toISOString(),
  });
  for (const signed of chain) {
    const decoded = decodeEntry(signed.bytes);
    if (!decoded.ok) throw new Error(decoded.error.detail);
    const { entry } = decoded.value;
    await db.entries.add({
      id: toHex(signed.id), device: 'T3F', seq: entry.seq, permit: entry.permit, action: entry.action, actor: entry.actor,
      role: entry.role, wallTime: entry.wallTime, hlc: entry.hlc, bytes: signed.bytes,
    });
  }
  const last = chain.at(-1);
  if (last !== undefined) await db.chainHeads.put({ device: 'T3F', nextSeq: length, prev: last.id, hlc: { wallMs: T0 + (length - 1) * 60_000, counter: 0 } });
  return { db, chain };
}
