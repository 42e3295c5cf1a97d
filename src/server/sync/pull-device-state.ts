// What HQ shows about a device's syncing (docs/sync-protocol.md §Authentication): when it last pulled, its
// clock skew and how many entries it holds without a receipt. Push writes the chain head of the same row, so
// this upsert touches only the sync columns; a device that pulls before it ever pushed gets a row whose chain
// is still at genesis (seq 0, prev = 32 zero bytes), which is what a first push extends. A clock more than
// CLOCK_SKEW_ALERT_MS off raises the device's clock-skew alert (once: alerts are kept per subject).
import type { Kysely } from 'kysely';
import { toHex } from '../../core/crypto/bytes.ts';
import { GENESIS_PREV } from '../../core/log/entry-schema.ts';
import { CLOCK_SKEW_ALERT_MS } from '../../core/sync/limits.ts';
import type { Database } from '../store/database.ts';
import { raiseAlerts } from './alerts.ts';

/** The skew column is int4: a clock months off is recorded as the largest skew it can hold. */
const INT4_MAX = 2 ** 31 - 1;

export interface DeviceSyncState {
  readonly device: string;
  readonly syncedAt: Date;
  /** The device's clock when it signed the request (ms). */
  readonly sentAt: number;
  readonly pending: number;
}

export async function recordDeviceSync(db: Kysely<Database>, state: DeviceSyncState): Promise<void> {
  const skew = state.sentAt - state.syncedAt.getTime();
  const sync = { last_sync_at: state.syncedAt.toISOString(), clock_skew_ms: clampInt4(skew), pending: clampInt4(state.pending) };
  await db.insertInto('device_chains')
    .values({ device: state.device, next_seq: 0, head_id: toHex(GENESIS_PREV), head_hlc: '0.0', ...sync })
    .onConflict((conflict) => conflict.column('device').doUpdateSet(sync))
    .execute();
  if (Math.abs(skew) > CLOCK_SKEW_ALERT_MS) {
    const minutes = Math.round(skew / 60_000);
    await raiseAlerts(db, [{ kind: 'clock-skew', subject: state.device, device: state.device, detail: `device ${state.device}'s clock is ${minutes} minutes from HQ's` }], state.syncedAt);
  }
}

function clampInt4(value: number): number {
  return Math.max(-INT4_MAX, Math.min(INT4_MAX, value));
}
