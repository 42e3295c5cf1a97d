// The pages of one checklist download (docs/sync-protocol.md §Checklist): the diff from `base` to `target`,
// cut into pages, each answer encoded as deterministic CBOR and gzip'd, as HQ stores and serves it. The
// split depends on the diff alone, so the same two checklists always give the same bytes.
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { encodeCbor } from '../../core/crypto/cbor.ts';
import { diffChecklists, type Checklist } from '../../core/species/checklist-version.ts';
import { splitChecklistDiff, type ChecklistPage } from '../../core/sync/checklist.ts';
import { PROTOCOL_VERSION } from '../../core/sync/wire-types.ts';

const gzipAsync = promisify(gzip);

export async function buildChecklistPages(base: Checklist, target: Checklist): Promise<Uint8Array[]> {
  const contents = splitChecklistDiff(diffChecklists(base, target));
  const pages: Uint8Array[] = [];
  for (const [page, content] of contents.entries()) {
    // The taxa come from validated checklists: encoded directly, without a second schema pass over them.
    const message: ChecklistPage = { v: PROTOCOL_VERSION, from: base.version, to: target.version, page, pages: contents.length, removedIds: [...content.removedIds], upserted: [...content.upserted] };
    pages.push(new Uint8Array(await gzipAsync(encodeCbor(message))));
  }
  return pages;
}
