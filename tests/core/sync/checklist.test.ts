import { describe, expect, it } from 'vitest';
import { utf8ToBytes } from '../../../src/core/crypto/bytes.ts';
import { applyChecklistDiff, diffChecklists, makeChecklist } from '../../../src/core/species/checklist-version.ts';
import {
  checklistDescriptorSchema, checklistPageSchema, checklistRequestBodySchema, EMPTY_CHECKLIST_VERSION, joinChecklistPages,
  MAX_CHECKLIST_PAGES, splitChecklistDiff, type ChecklistPage,
} from '../../../src/core/sync/checklist.ts';
import { pullBodySchema, pullResponseSchema } from '../../../src/core/sync/pull.ts';
import { syncRequestSchema } from '../../../src/core/sync/signed-request.ts';
import { decodeSyncMessage, encodeSyncMessage } from '../../../src/core/sync/wire.ts';
import { syntheticChecklist } from '../../support/synthetic-checklist.ts';

const V1 = 'a'.repeat(64);
const V2 = 'b'.repeat(64);
const jsonBytes = (value: unknown) => utf8ToBytes(JSON.stringify(value)).length;

describe('checklist update messages', () => {
  it('names the empty checklist by the version makeChecklist gives it', async () => {
    expect((await makeChecklist([])).version).toBe(EMPTY_CHECKLIST_VERSION);
  });

  it('checks versions, counts and page numbers', () => {
    const descriptor = { version: V2, from: V1, taxa: 38_079, publishedAt: Date.UTC(2026, 10, 26), pages: 96 };
    expect(checklistDescriptorSchema.parse(descriptor)).toEqual(descriptor);
    expect(checklistDescriptorSchema.safeParse({ ...descriptor, version: 'B'.repeat(64) }).success).toBe(false);
    expect(checklistDescriptorSchema.safeParse({ ...descriptor, pages: 0 }).success).toBe(false);
    expect(checklistDescriptorSchema.safeParse({ ...descriptor, extra: 1 }).success).toBe(false);
    expect(checklistRequestBodySchema.safeParse({ from: V1, to: V2, page: MAX_CHECKLIST_PAGES - 1 }).success).toBe(true);
    expect(checklistRequestBodySchema.safeParse({ from: V1, to: V2, page: MAX_CHECKLIST_PAGES }).success).toBe(false);
    expect(checklistRequestBodySchema.safeParse({ from: V1, to: V2, page: -1 }).success).toBe(false);
  });

  it('adds the held version to pull and the descriptor to its answer, both optional for older peers', () => {
    const body = { cursor: 0, treeSize: 0, trustListVersion: 0, statusListVersion: 0, quotaSharesVersion: 0, limit: 10 };
    expect(pullBodySchema.safeParse(body).success).toBe(true);
    expect(pullBodySchema.safeParse({ ...body, checklistVersion: V1 }).success).toBe(true);
    expect(pullBodySchema.safeParse({ ...body, checklistVersion: 'v1' }).success).toBe(false);
    const answer = {
      v: 1, entries: [], nextCursor: 0, more: false, checkpoint: 'note', consistency: [], trustList: null, statusList: null, users: [], quotaShares: null, hqTime: 1,
    };
    expect(pullResponseSchema.safeParse(answer).success).toBe(true);
    expect(pullResponseSchema.safeParse({ ...answer, checklist: null }).success).toBe(true);
    expect(pullResponseSchema.safeParse({ ...answer, checklist: { version: V2, from: V1, taxa: 1, publishedAt: 1, pages: 1 } }).success).toBe(true);
  });

  it('signs a checklist request as its own kind', () => {
    const head = { v: 1, device: 'T3F', nonce: new Uint8Array(16), sentAt: 1, pending: 0 } as const;
    expect(syncRequestSchema.safeParse({ ...head, kind: 'checklist', checklist: { from: V1, to: V2, page: 3 } }).success).toBe(true);
    expect(syncRequestSchema.safeParse({ ...head, kind: 'checklist', pull: { from: V1, to: V2, page: 3 } }).success).toBe(false);
  });

  it('round-trips a page through deterministic CBOR, taxa with nulls included', () => {
    const [taxon] = syntheticChecklist(1, 7);
    if (taxon === undefined) throw new Error('no taxon');
    const page: ChecklistPage = { v: 1, from: V1, to: V2, page: 0, pages: 1, removedIds: [5, 9], upserted: [{ ...taxon, higherTaxa: { ...taxon.higherTaxa, phylum: null } }] };
    const decoded = decodeSyncMessage(checklistPageSchema, encodeSyncMessage(checklistPageSchema, page), 'page');
    expect(decoded).toEqual({ ok: true, value: page });
  });
});

describe('splitChecklistDiff', () => {
  const taxa = syntheticChecklist(600, 11);

  it('cuts pages under the byte budget, in id order, removed ids on page 0 only, and joins back to the diff', async () => {
    const previous = await makeChecklist(taxa.slice(0, 200));
    const next = await makeChecklist(taxa.slice(100));
    const diff = diffChecklists(previous, next);
    const budget = 16_384;
    const pages = splitChecklistDiff(diff, budget);
    expect(pages.length).toBeGreaterThan(5);
    expect(pages[0]?.removedIds).toEqual(diff.removedIds);
    expect(pages.slice(1).every((page) => page.removedIds.length === 0)).toBe(true);
    for (const page of pages) {
      expect(page.upserted.length).toBeGreaterThan(0);
      expect(page.upserted.reduce((sum, taxon) => sum + jsonBytes(taxon), page.removedIds.length * 17)).toBeLessThanOrEqual(budget);
    }
    const ids = pages.flatMap((page) => page.upserted.map((taxon) => taxon.id));
    expect(ids).toEqual([...ids].sort((a, b) => a - b));
    const joined = joinChecklistPages(diff.from, diff.to, pages);
    const applied = await applyChecklistDiff(previous, joined);
    expect(applied.ok && applied.checklist.version).toBe(next.version);
  });

  it('cuts the same pages whatever order the diff lists its taxa in', () => {
    const diff = { upserted: taxa.slice(0, 300), removedIds: [3, 1, 2] };
    const reversed = { upserted: [...diff.upserted].reverse(), removedIds: [2, 3, 1] };
    expect(splitChecklistDiff(reversed, 20_000)).toEqual(splitChecklistDiff(diff, 20_000));
  });

  it('gives a taxon larger than the budget a page of its own, and an empty diff one empty page', () => {
    const big = taxa.slice(0, 3);
    const pages = splitChecklistDiff({ upserted: big, removedIds: [] }, 10);
    expect(pages.map((page) => page.upserted.length)).toEqual([1, 1, 1]);
    expect(splitChecklistDiff({ upserted: [], removedIds: [] })).toEqual([{ removedIds: [], upserted: [] }]);
    expect(splitChecklistDiff({ upserted: [], removedIds: [4] })).toEqual([{ removedIds: [4], upserted: [] }]);
  });

  it('keeps each page’s CBOR answer within the JSON budget it was cut by', () => {
    const budget = 8_192;
    const pages = splitChecklistDiff({ upserted: taxa, removedIds: [] }, budget);
    for (const [page, content] of pages.entries()) {
      const encoded = encodeSyncMessage(checklistPageSchema, { v: 1, from: EMPTY_CHECKLIST_VERSION, to: V2, page, pages: pages.length, removedIds: [], upserted: [...content.upserted] });
      expect(encoded.length).toBeLessThanOrEqual(budget + 200);
    }
  });
});
