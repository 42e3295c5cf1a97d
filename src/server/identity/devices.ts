import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';

/** A device as the admin list shows it: never its key material beyond what the trust list publishes. */
export interface DeviceSummary {
  readonly id: string;
  readonly code: string;
  readonly user: { readonly id: string; readonly username: string };
  readonly label: string | null;
  readonly enrolledAt: string;
  readonly lastSeenAt: string | null;
  readonly revokedAt: string | null;
  readonly revocationReason: string | null;
}

export async function listDevices(db: Kysely<Database>): Promise<DeviceSummary[]> {
  const rows = await db
    .selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .select([
      'devices.id',
      'devices.code',
      'devices.user_id',
      'users.username',
      'devices.label',
      'devices.enrolled_at',
      'devices.last_seen_at',
      'devices.revoked_at',
      'devices.revocation_reason',
    ])
    .orderBy('devices.enrolled_at')
    .orderBy('devices.code')
    .execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    user: { id: row.user_id, username: row.username },
    label: row.label,
    enrolledAt: row.enrolled_at,
    lastSeenAt: row.last_seen_at,
    revokedAt: row.revoked_at,
    revocationReason: row.revocation_reason,
  }));
}
