import { describe, expect, it } from 'vitest';
import { openHornbillDb, type HornbillDb } from '../../../src/app/db/database.ts';
import { permitIndexKeys } from '../../../src/app/db/permit-index-keys.ts';
import { noFilters, queryPermits, type PermitFilters } from '../../../src/app/db/permit-query.ts';
import type { PermitRecord } from '../../../src/app/db/permit-record.ts';
import type { PermitDraft } from '../../../src/core/permit/model/permit-draft.ts';

const USER = 'amina';
const COUNT = 2_400;
const PAGE = 25;

/**
 * Permit i: "Rare Herons" on 1 in 40, else "Common Cranes" or "Common Storks" in turn, so "common" is on more
 * permits than the list reads whole (2,000) and "cranes" on fewer; all issued, two at each minute.
 */
function permit(index: number): PermitRecord {
  const id = `0d8c2f0e-1d8e-4c7e-9b43-${index.toString(16).padStart(12, '0')}`;
  const word = index % 40 === 0 ? 'Rare Herons Ltd' : index % 2 === 0 ? 'Common Cranes Ltd' : 'Common Storks Ltd';
  const content: PermitDraft = { format: 'hornbill-permit/1', id, status: 'issued', importer: { name: word, address: '', country: 'DE' } };
  // Pairs share a time, so the order of equal times is exercised too.
  const updatedAt = new Date(Date.UTC(2026, 0, 1) + Math.floor(index / 2) * 60_000).toISOString();
  return { id, userId: USER, status: 'issued', createdAt: updatedAt, updatedAt, content, ...permitIndexKeys(content) };
}

async function filled(): Promise<HornbillDb> {
  const db = openHornbillDb(`hornbill-permit-query-${Math.random()}`);
  await db.permits.bulkPut(Array.from({ length: COUNT }, (_, index) => permit(index)));
  return db;
}

/** What a page must hold: every matching permit, newest change first, then the id. */
function expectedIds(keep: (index: number) => boolean, page: number): string[] {
  const rows = Array.from({ length: COUNT }, (_, index) => permit(index)).filter((_, index) => keep(index));
  rows.sort((a, b) => b.updatedAt.localeCompare(a.updatedAt) || b.id.localeCompare(a.id));
  return rows.slice(page * PAGE, (page + 1) * PAGE).map((row) => row.id);
}

describe('the permit list filtered by an indexed word', () => {
  const cases: [string, PermitFilters, (index: number) => boolean][] = [
    ['a word on few permits (the candidates are read whole)', { ...noFilters, text: 'herons' }, (index) => index % 40 === 0],
    ['a word on half the permits (still read whole)', { ...noFilters, text: 'cranes' }, (index) => index % 40 !== 0 && index % 2 === 0],
    ['a word on most permits (matched while walking the date order)', { ...noFilters, text: 'common' }, (index) => index % 40 !== 0],
    ['two words, the index narrowing by the one on most permits', { ...noFilters, text: 'common storks' }, (index) => index % 40 !== 0 && index % 2 === 1],
  ];

  it.each(cases)('gives the newest matching permits page by page: %s', async (_name, filters, keep) => {
    const db = await filled();
    for (const page of [0, 1]) {
      const result = await queryPermits(db, USER, filters, page, PAGE);
      expect(result.rows.map((row) => row.id)).toEqual(expectedIds(keep, page));
      expect(result.hasMore).toBe(expectedIds(keep, page + 1).length > 0);
    }
    db.close();
  }, 30_000);
});
