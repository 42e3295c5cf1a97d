import Dexie from 'dexie';
import type { StoredPermitState } from '../../core/permit/lifecycle.ts';
import { searchTokens } from '../../core/species/search-normalise.ts';
import type { HornbillDb } from './database.ts';
import { isVisibleTo } from './permit-visibility.ts';
import type { PermitRecord } from './permit-record.ts';

export interface PermitFilters {
  /** Words matched as prefixes against the number, species names, importer and exporter. */
  text: string;
  status: StoredPermitState | '';
  documentType: string;
  speciesId: number | null;
  /** A trading Party: country of import or export. */
  party: string;
  /** Last change on or after / on or before these local calendar days (YYYY-MM-DD), '' for open. */
  changedFrom: string;
  changedTo: string;
}

export const noFilters: PermitFilters = { text: '', status: '', documentType: '', speciesId: null, party: '', changedFrom: '', changedTo: '' };

export function isUnfiltered(filters: PermitFilters): boolean {
  return (Object.keys(noFilters) as (keyof PermitFilters)[]).every((key) =>
    key === 'text' ? filters.text.trim() === '' : filters[key] === noFilters[key],
  );
}

export interface PermitPage {
  rows: PermitRecord[];
  hasMore: boolean;
}

type PermitCollection = ReturnType<HornbillDb['permits']['toCollection']>;

function changedBounds(filters: PermitFilters): [string | typeof Dexie.minKey, string | typeof Dexie.maxKey] {
  const from = filters.changedFrom ? new Date(`${filters.changedFrom}T00:00`).toISOString() : Dexie.minKey;
  const dayAfter = filters.changedTo ? new Date(`${filters.changedTo}T00:00`) : null;
  dayAfter?.setDate(dayAfter.getDate() + 1);
  return [from, dayAfter ? new Date(dayAfter.getTime() - 1).toISOString() : Dexie.maxKey];
}

function matchesAll(userId: string, filters: PermitFilters): (row: PermitRecord) => boolean {
  const words = searchTokens(filters.text);
  const [from, to] = changedBounds(filters);
  return (row) =>
    isVisibleTo(row, userId) &&
    (filters.status === '' || row.status === filters.status) &&
    (filters.documentType === '' || row.documentType === filters.documentType) &&
    (filters.speciesId === null || row.speciesIds.includes(filters.speciesId)) &&
    (filters.party === '' || row.parties.includes(filters.party)) &&
    (typeof from !== 'string' || row.updatedAt >= from) &&
    (typeof to !== 'string' || row.updatedAt <= to) &&
    words.every((word) => row.searchWords.some((candidate) => candidate.startsWith(word)));
}

/** A multi-entry index that narrows the rows to few, when a filter allows one. */
function narrowingCollection(db: HornbillDb, filters: PermitFilters): PermitCollection | null {
  const longestWord = searchTokens(filters.text).sort((a, b) => b.length - a.length)[0];
  if (filters.speciesId !== null) return db.permits.where('speciesIds').equals(filters.speciesId);
  if (filters.party !== '') return db.permits.where('parties').equals(filters.party);
  if (longestWord) return db.permits.where('searchWords').startsWith(longestWord);
  return null;
}

/**
 * Above this many candidates from a narrowing index, walking the rows in date order until the page is full
 * reads fewer rows than fetching every candidate (with 50,000 permits, a word on 1 in 25 of them).
 */
const MAX_CANDIDATES_READ = 2_000;

/**
 * One page of the permits the user may see (their own drafts, and every permit from submission on), most
 * recently changed first. Without a narrowing filter the rows stream in `updatedAt` (or `[status+updatedAt]`,
 * or for drafts `[userId+status+updatedAt]`) index order and stop after the page, so 50,000 rows cost one page
 * of memory. A species, Party or word filter first reads the ids its multi-entry index holds, in one request
 * (a filtered cursor over a multi-entry index costs per row and, on some IndexedDB implementations, per
 * duplicate key): few candidates are read whole and sorted; many are matched while walking the date order.
 */
export async function queryPermits(db: HornbillDb, userId: string, filters: PermitFilters, page: number, pageSize: number): Promise<PermitPage> {
  const matches = matchesAll(userId, filters);
  const narrowed = narrowingCollection(db, filters);
  if (narrowed === null) return orderedPage(db, userId, filters, matches, page, pageSize);
  const candidates = new Set(await narrowed.primaryKeys());
  if (candidates.size > MAX_CANDIDATES_READ) return orderedPage(db, userId, filters, (row) => candidates.has(row.id) && matches(row), page, pageSize);
  const rows = (await db.permits.bulkGet([...candidates])).filter((row): row is PermitRecord => row !== undefined && matches(row));
  // Newest change first, then the id, as the index order of the other path.
  rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
  const start = page * pageSize;
  return { rows: rows.slice(start, start + pageSize), hasMore: rows.length > start + pageSize };
}

/** The page of the rows that match, in the date order of the index the status filter picks; stops after it. */
async function orderedPage(db: HornbillDb, userId: string, filters: PermitFilters, matches: (row: PermitRecord) => boolean, page: number, pageSize: number): Promise<PermitPage> {
  const [from, to] = changedBounds(filters);
  const ordered =
    filters.status === 'draft'
      ? db.permits.where('[userId+status+updatedAt]').between([userId, 'draft', from], [userId, 'draft', to], true, true)
      : filters.status !== ''
        ? db.permits.where('[status+updatedAt]').between([filters.status, from], [filters.status, to], true, true)
        : db.permits.where('updatedAt').between(from, to, true, true);
  const rows = await ordered.reverse().filter(matches).offset(page * pageSize).limit(pageSize + 1).toArray();
  return { rows: rows.slice(0, pageSize), hasMore: rows.length > pageSize };
}
