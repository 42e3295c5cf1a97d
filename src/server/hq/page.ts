// Offset pagination for the HQ views: read one row past the page to know whether another page follows.
import { z } from 'zod';

export const MAX_PAGE_SIZE = 200;

export const pageQuerySchema = {
  limit: z.coerce.number().int().min(1).max(MAX_PAGE_SIZE).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000_000).default(0),
};

export interface PageRequest {
  readonly limit: number;
  readonly offset: number;
}

export interface Page<T> {
  readonly items: T[];
  /** The offset of the next page; null on the last page. */
  readonly nextOffset: number | null;
}

/** `rows` were read with limit + 1: the extra row only says there is more. */
export function pageOf<T>(rows: readonly T[], request: PageRequest): Page<T> {
  const more = rows.length > request.limit;
  return { items: rows.slice(0, request.limit), nextOffset: more ? request.offset + request.limit : null };
}
