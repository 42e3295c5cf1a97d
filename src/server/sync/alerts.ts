// HQ's alerts (docs/sync-protocol.md §Alerts): raised once per (kind, subject) and kept until an admin
// acknowledges them, so raising one again is a no-op on either engine.
import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';

export const ALERT_KINDS = ['double-endorsement', 'act-after-cancellation', 'act-refused', 'cloned-device', 'clock-skew', 'revoked-key-signing'] as const;
export type AlertKind = (typeof ALERT_KINDS)[number];

export interface Alert {
  readonly kind: AlertKind;
  /** What makes two alerts the same alert: the permit, or the device. */
  readonly subject: string;
  readonly permit?: string;
  readonly device?: string;
  /** Hex id of the entry that raised it. */
  readonly entryId?: string;
  /** In English, for the admin. */
  readonly detail: string;
}

export async function raiseAlerts(db: Kysely<Database>, alerts: readonly Alert[], now: Date): Promise<void> {
  // The first alert of each (kind, subject): one statement must not insert the same key twice.
  const byKey = new Map<string, Alert>();
  for (const alert of alerts) if (!byKey.has(`${alert.kind}\n${alert.subject}`)) byKey.set(`${alert.kind}\n${alert.subject}`, alert);
  const unique = [...byKey.values()];
  if (unique.length === 0) return;
  await db.insertInto('alerts')
    .values(unique.map((alert) => ({
      id: randomUUID(),
      kind: alert.kind,
      subject: alert.subject,
      permit: alert.permit ?? null,
      device: alert.device ?? null,
      entry_id: alert.entryId ?? null,
      detail: alert.detail,
      raised_at: now.toISOString(),
      acknowledged_at: null,
      acknowledged_by: null,
    })))
    .onConflict((conflict) => conflict.columns(['kind', 'subject']).doNothing())
    .execute();
}
