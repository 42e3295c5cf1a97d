// Delivery of the Secretariat notice outbox. Each configured channel (webhook, e-mail) takes each notice
// once: a channel that succeeded is not repeated when another one fails. A failed attempt is recorded in
// the notice's row (attempts, last error, next attempt) and retried with exponential back-off, for ever:
// a removal notice must reach the Secretariat. Before sending, a pass claims the row by moving its next
// attempt time forward, conditionally on the value it read, so two HQ processes never send one notice twice.
import type { Kysely } from 'kysely';
import type { Database } from '../store/database.ts';
import { describeError } from '../store/describe-error.ts';
import { decodeNoticeBytes, type StoredNotice } from '../identity/secretariat-notice.ts';

export type NoticeChannel = 'webhook' | 'email';
export type NoticeSender = (notice: StoredNotice) => Promise<void>;
export type NoticeChannels = Partial<Readonly<Record<NoticeChannel, NoticeSender>>>;

/** 1 min after the first failure, doubling, at most 6 h apart. */
export function retryDelayMs(failedAttempts: number): number {
  return Math.min(60_000 * 2 ** Math.max(failedAttempts - 1, 0), 6 * 60 * 60_000);
}

/** How long a claimed notice is left to the pass that claimed it (longer than any send can take). */
const CLAIM_MS = 10 * 60_000;

export type DeliveryOutcome =
  | { readonly id: string; readonly kind: string; readonly delivered: true }
  | { readonly id: string; readonly kind: string; readonly delivered: false; readonly error: string; readonly nextAttemptAt: string };

const deliveredColumn = { webhook: 'webhook_delivered_at', email: 'email_delivered_at' } as const;

/**
 * Sends every undelivered notice that is due (`dueOnly`), or every undelivered one (an operator's
 * `hornbill notices deliver`), through every channel that has not taken it yet.
 */
export async function deliverNotices(db: Kysely<Database>, channels: NoticeChannels, clock: () => Date, options: { readonly dueOnly: boolean }): Promise<DeliveryOutcome[]> {
  const configured = (Object.keys(deliveredColumn) as NoticeChannel[]).filter((channel) => channels[channel] !== undefined);
  if (configured.length === 0) return [];
  const startedAt = clock().toISOString();
  let query = db.selectFrom('secretariat_notices').selectAll().where('delivered_at', 'is', null);
  if (options.dueOnly) query = query.where((eb) => eb.or([eb('next_attempt_at', 'is', null), eb('next_attempt_at', '<=', startedAt)]));
  const rows = await query.orderBy('created_at').orderBy('id').execute();
  const outcomes: DeliveryOutcome[] = [];
  for (const row of rows) {
    const claimed = await db
      .updateTable('secretariat_notices')
      .set({ next_attempt_at: new Date(clock().getTime() + CLAIM_MS).toISOString() })
      .where('id', '=', row.id)
      .where('delivered_at', 'is', null)
      .where('next_attempt_at', row.next_attempt_at === null ? 'is' : '=', row.next_attempt_at)
      .executeTakeFirst();
    if (claimed.numUpdatedRows !== 1n) continue;
    const notice = { id: row.id, kind: row.kind, createdAt: row.created_at, signed: decodeNoticeBytes(row.id, row.signed) };
    const errors: string[] = [];
    for (const channel of configured) {
      const send = channels[channel];
      if (send === undefined || row[deliveredColumn[channel]] !== null) continue;
      try {
        await send(notice);
        await db.updateTable('secretariat_notices').set({ [deliveredColumn[channel]]: clock().toISOString() }).where('id', '=', row.id).execute();
      } catch (error) {
        errors.push(describeError(error));
      }
    }
    const attempts = row.delivery_attempts + 1;
    const now = clock();
    if (errors.length === 0) {
      await db
        .updateTable('secretariat_notices')
        .set({ delivered_at: now.toISOString(), delivery_attempts: attempts, next_attempt_at: null, last_error: null })
        .where('id', '=', row.id)
        .execute();
      outcomes.push({ id: row.id, kind: row.kind, delivered: true });
    } else {
      const nextAttemptAt = new Date(now.getTime() + retryDelayMs(attempts)).toISOString();
      const error = errors.join('; ').slice(0, 1000);
      await db
        .updateTable('secretariat_notices')
        .set({ delivery_attempts: attempts, next_attempt_at: nextAttemptAt, last_error: error })
        .where('id', '=', row.id)
        .execute();
      outcomes.push({ id: row.id, kind: row.kind, delivered: false, error, nextAttemptAt });
    }
  }
  return outcomes;
}
