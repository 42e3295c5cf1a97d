// The keys an ingest checks entries against, from HQ's own tables rather than a published trust list: the
// device's certificates (their root signatures verified once per process, then cached by kid) and the
// revocations, under the trust list's rules (core/trust/key-validity.ts): valid at the entry's wall time,
// and a signature made before a revocation stays valid.
import type { Kysely } from 'kysely';
import { parseBase64 } from '../../core/crypto/base64.ts';
import { fromHex, toHex } from '../../core/crypto/bytes.ts';
import type { UnsignedEntry } from '../../core/log/entry-schema.ts';
import type { CertifiedKey } from '../../core/log/key-lookup.ts';
import { verifyKeyCertificate, type KeyCertificate } from '../../core/trust/key-certificate.ts';
import { isKeyValidAt } from '../../core/trust/key-validity.ts';
import type { TrustList } from '../../core/trust/trust-list.ts';
import { findAuthority } from '../identity/authority.ts';
import type { Database } from '../store/database.ts';

export type HqKeyAnswer =
  | { readonly ok: true; readonly key: CertifiedKey }
  | { readonly ok: false; readonly code: 'key.unknown' | 'key.not-valid'; readonly reason: string; readonly signedAfterRevocation: boolean };

export type HqKeyLookup = (kid: Uint8Array, entry: UnsignedEntry) => HqKeyAnswer;

/** A lookup over the certificates HQ issued for `device` (read once, for one ingest). */
export async function hqKeyLookup(db: Kysely<Database>, device: string, verified: Map<string, KeyCertificate>): Promise<HqKeyLookup> {
  const authority = await findAuthority(db);
  if (authority === undefined) throw new Error('no authority: HQ cannot check keys');
  const certificates = await certificatesOf(db, device, authority.rootPublicKey, verified);
  const revocations = await db.selectFrom('revocations').selectAll()
    .where('kid', 'in', db.selectFrom('key_certificates').select('kid').where('device', '=', device)).execute();
  const trustList: TrustList = {
    party: authority.party,
    version: 0,
    issuedAt: 0,
    rootPublicKey: authority.rootPublicKey,
    certificates,
    revocations: revocations.map((row) => ({ kid: fromHex(row.kid), revokedAt: Date.parse(row.revoked_at), reason: row.reason })),
  };
  const byKid = new Map(certificates.map((certificate) => [toHex(certificate.kid), certificate]));
  const revokedAt = new Map(trustList.revocations.map((revocation) => [toHex(revocation.kid), revocation.revokedAt]));
  return (kid, entry) => {
    const hex = toHex(kid);
    const certificate = byKid.get(hex);
    if (certificate === undefined) return refusal('key.unknown', `kid ${hex} names no certificate of device ${device}`, false);
    if (certificate.user !== entry.actor || certificate.role !== entry.role) {
      return refusal('key.unknown', `kid ${hex} is certified for user ${certificate.user} as ${certificate.role}, the entry names ${entry.actor} as ${entry.role}`, false);
    }
    const validity = isKeyValidAt(trustList, kid, entry.wallTime);
    if (!validity.ok) return refusal('key.not-valid', validity.reason, entry.wallTime >= (revokedAt.get(hex) ?? Infinity));
    const { publicKey, role, user } = certificate;
    return { ok: true, key: { publicKey, role, user, device: certificate.device, validAt: entry.wallTime } };
  };
}

/** The certificates HQ issued for `device`, their root signatures verified (once per process). */
export async function deviceCertificates(db: Kysely<Database>, device: string, verified: Map<string, KeyCertificate>): Promise<KeyCertificate[]> {
  const authority = await findAuthority(db);
  if (authority === undefined) throw new Error('no authority: HQ cannot check keys');
  return certificatesOf(db, device, authority.rootPublicKey, verified);
}

async function certificatesOf(db: Kysely<Database>, device: string, rootPublicKey: Uint8Array, verified: Map<string, KeyCertificate>): Promise<KeyCertificate[]> {
  const rows = await db.selectFrom('key_certificates').select(['kid', 'signed']).where('device', '=', device).execute();
  const certificates: KeyCertificate[] = [];
  for (const row of rows) certificates.push(await verifiedCertificate(row.kid, row.signed, rootPublicKey, verified));
  return certificates;
}

function refusal(code: 'key.unknown' | 'key.not-valid', reason: string, signedAfterRevocation: boolean): HqKeyAnswer {
  return { ok: false, code, reason, signedAfterRevocation };
}

async function verifiedCertificate(kid: string, signed: string, rootPublicKey: Uint8Array, verified: Map<string, KeyCertificate>): Promise<KeyCertificate> {
  const cached = verified.get(kid);
  if (cached !== undefined) return cached;
  const bytes = parseBase64(signed);
  if (bytes === undefined) throw new Error(`stored certificate ${kid} is not base64`);
  const checked = await verifyKeyCertificate(bytes, rootPublicKey);
  if (!checked.ok) throw new Error(`stored certificate ${kid}: ${checked.reason}`);
  verified.set(kid, checked.value);
  return checked.value;
}
