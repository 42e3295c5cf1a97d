// Every enrolled device with its user and its sync state as HQ last saw it (device_chains).
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';

export interface HqDeviceSync {
  readonly id: string;
  readonly code: string;
  readonly label: string | null;
  readonly user: { readonly id: string; readonly displayName: string };
  readonly enrolledAt: string;
  readonly lastSyncAt: string | null;
  readonly pending: number | null;
  /** The device's clock minus HQ's at its last sync (ms). */
  readonly clockSkewMs: number | null;
  /** The entries HQ holds from it. */
  readonly entriesHeld: number;
  readonly revokedAt: string | null;
}

export async function listHqDevices(db: Kysely<Database>): Promise<HqDeviceSync[]> {
  const rows = await db.selectFrom('devices')
    .innerJoin('users', 'users.id', 'devices.user_id')
    .leftJoin('device_chains', 'device_chains.device', 'devices.code')
    .select([
      'devices.id', 'devices.code', 'devices.label', 'devices.user_id', 'users.display_name', 'devices.enrolled_at', 'devices.revoked_at',
      'device_chains.last_sync_at', 'device_chains.pending', 'device_chains.clock_skew_ms', 'device_chains.next_seq',
    ])
    .orderBy('devices.enrolled_at').orderBy('devices.code').execute();
  return rows.map((row) => ({
    id: row.id,
    code: row.code,
    label: row.label,
    user: { id: row.user_id, displayName: row.display_name },
    enrolledAt: row.enrolled_at,
    lastSyncAt: row.last_sync_at,
    pending: row.pending,
    clockSkewMs: row.clock_skew_ms,
    entriesHeld: row.next_seq ?? 0,
    revokedAt: row.revoked_at,
  }));
}
