// The permit status list (DESIGN §4): one Party's cancelled, replaced and already-endorsed permits, filed under
// truncated hashes of their numbers, versioned and signed by the Party's root key. Wire form: a tagged
// COSE_Sign1 (EdDSA, empty unprotected header) over the deterministic CBOR of StatusListBody.
import { compareBytes } from './status-list-order.ts';
import { encodeDocumentPayload, signCoseDocument } from './cose-document.ts';
import { permitNumberHash } from './status-list-permit-hash.ts';
import { PERMIT_STATUS_NUMBERS, STATUS_LIST_FORMAT, statusListBodySchema, type ListedPermitStatus } from './status-list-schema.ts';

export interface StatusEntry {
  readonly hash: Uint8Array;
  readonly status: ListedPermitStatus;
  /** When the permit was cancelled, replaced or endorsed (ms since the epoch). */
  readonly at: number;
  /** Where, when the act has a place: the port of export of an endorsement. */
  readonly place: string | null;
}

export interface StatusList {
  readonly party: string;
  readonly version: number;
  readonly issuedAt: number;
  readonly entries: readonly StatusEntry[];
}

/** One permit as the issuing authority lists it, by its number (hashed when signed). */
export interface ListedPermit {
  readonly permitNumber: string;
  readonly status: ListedPermitStatus;
  readonly at: number;
  readonly place?: string;
}

export interface StatusListContent {
  readonly party: string;
  readonly version: number;
  readonly issuedAt: number;
  readonly permits: readonly ListedPermit[];
}

/**
 * Signs a status list with the root key's seed. A permit listed twice keeps its latest act (a replaced permit
 * that was endorsed first is listed as replaced if that came later). Throws on a schema breach (a caller's bug).
 */
export function signStatusList(rootSeed: Uint8Array, content: StatusListContent): Promise<Uint8Array> {
  const latest = new Map<string, ListedPermit>();
  for (const permit of content.permits) {
    const held = latest.get(permit.permitNumber);
    if (held === undefined || permit.at >= held.at) latest.set(permit.permitNumber, permit);
  }
  const entries = [...latest.values()]
    .map((permit) => ({ hash: permitNumberHash(permit.permitNumber), permit }))
    .sort((a, b) => compareBytes(a.hash, b.hash))
    .map(({ hash, permit }) =>
      permit.place === undefined
        ? [hash, PERMIT_STATUS_NUMBERS[permit.status], permit.at]
        : [hash, PERMIT_STATUS_NUMBERS[permit.status], permit.at, permit.place],
    );
  const body = statusListBodySchema.parse({
    format: STATUS_LIST_FORMAT,
    party: content.party,
    version: content.version,
    issuedAt: content.issuedAt,
    entries,
  });
  return signCoseDocument(rootSeed, encodeDocumentPayload(body));
}
