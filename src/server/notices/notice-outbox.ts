import type { Kysely } from 'kysely';
import { z } from 'zod';
import { openCoseDocument } from '../../core/trust/cose-document.ts';
import { decodeNoticeBytes } from '../identity/secretariat-notice.ts';
import type { Database } from '../store/database.ts';

/** A notice in the outbox as the admin screens show it: what it is about and how its delivery goes. */
export interface OutboxNotice {
  readonly id: string;
  readonly kind: string;
  readonly createdAt: string;
  /** Who or what the notice is about, read from its signed payload. */
  readonly subject: { readonly username: string | null; readonly deviceCode: string | null };
  readonly deliveredAt: string | null;
  readonly attempts: number;
  readonly lastError: string | null;
  readonly nextAttemptAt: string | null;
}

const subjectSchema = z.object({
  user: z.object({ username: z.string() }).optional(),
  device: z.object({ code: z.string() }).optional(),
});

function subjectOf(id: string, signed: string): OutboxNotice['subject'] {
  const opened = openCoseDocument(decodeNoticeBytes(id, signed), `notice ${id}`);
  const parsed = opened.ok ? subjectSchema.safeParse(opened.value.payload) : undefined;
  const payload = parsed?.success === true ? parsed.data : {};
  return { username: payload.user?.username ?? null, deviceCode: payload.device?.code ?? null };
}

/** Every notice, newest first. */
export async function listOutbox(db: Kysely<Database>): Promise<OutboxNotice[]> {
  const rows = await db.selectFrom('secretariat_notices').selectAll().orderBy('created_at', 'desc').orderBy('id').execute();
  return rows.map((row) => ({
    id: row.id,
    kind: row.kind,
    createdAt: row.created_at,
    subject: subjectOf(row.id, row.signed),
    deliveredAt: row.delivered_at,
    attempts: row.delivery_attempts,
    lastError: row.last_error,
    nextAttemptAt: row.next_attempt_at,
  }));
}

/** The signed bytes (COSE_Sign1) of one notice, or undefined when there is none with that id. */
export async function findNoticeBytes(db: Kysely<Database>, id: string): Promise<Uint8Array | undefined> {
  const row = await db.selectFrom('secretariat_notices').select(['id', 'signed']).where('id', '=', id).executeTakeFirst();
  return row === undefined ? undefined : decodeNoticeBytes(row.id, row.signed);
}
