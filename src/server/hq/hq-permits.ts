// HQ's list of permits from every device: the `permits` projection that ingest rebuilds, newest first.
import { sql, type Kysely } from 'kysely';
import type { Database, PermitsTable } from '../store/database.ts';
import { pageOf, type Page, type PageRequest } from './page.ts';

export interface HqPermitSummary {
  readonly id: string;
  readonly number: string | null;
  readonly status: string;
  readonly documentType: string | null;
  readonly originDevice: string;
  readonly updatedAt: string;
  readonly entryCount: number;
}

export interface PermitFilter extends PageRequest {
  readonly status?: string | undefined;
  /** Part of the permit number, any case. */
  readonly number?: string | undefined;
}

export async function listHqPermits(db: Kysely<Database>, filter: PermitFilter): Promise<Page<HqPermitSummary>> {
  let query = db.selectFrom('permits')
    .select(['id', 'number', 'status', 'document_type', 'origin_device', 'updated_at', 'entry_count']);
  if (filter.status !== undefined) query = query.where('status', '=', filter.status);
  if (filter.number !== undefined) {
    // upper() on both sides: LIKE ignores ASCII case on SQLite but not on PostgreSQL.
    const pattern = `%${escapeLike(filter.number.toUpperCase())}%`;
    query = query.where(sql<boolean>`upper(${sql.ref('number')}) like ${pattern} escape '\\'`);
  }
  const rows = await query.orderBy('updated_at', 'desc').orderBy('id').limit(filter.limit + 1).offset(filter.offset).execute();
  return pageOf(rows.map(permitSummary), filter);
}

type SummaryRow = Pick<PermitsTable, 'id' | 'number' | 'status' | 'document_type' | 'origin_device' | 'updated_at' | 'entry_count'>;

export function permitSummary(row: SummaryRow): HqPermitSummary {
  return {
    id: row.id,
    number: row.number,
    status: row.status,
    documentType: row.document_type,
    originDevice: row.origin_device,
    updatedAt: row.updated_at,
    entryCount: row.entry_count,
  };
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (character) => `\\${character}`);
}
