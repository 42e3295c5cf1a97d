// The device's own audit log in IndexedDB (schema v5): one row per signed entry, and the chain head that the
// next entry follows. The COSE bytes are the record; the other fields are read from them for indexes and lists.
import type { AuditAction } from '../../core/log/audit-action.ts';
import type { Role } from '../../core/permit/transition-roles.ts';

export interface EntryRecord {
  /** The entry id (SHA-256 of the bytes), lower-case hex. */
  readonly id: string;
  readonly device: string;
  readonly seq: number;
  /** The permit acted on; null for device actions (then not in the `permit` index). */
  readonly permit: string | null;
  readonly action: AuditAction;
  readonly actor: string;
  readonly role: Role;
  readonly wallTime: number;
  readonly hlc: { readonly wallMs: number; readonly counter: number };
  /** The signed COSE_Sign1 bytes, exactly as exported and synced. */
  readonly bytes: Uint8Array;
}

/** One row per device code: what the next entry of that device's chain follows. */
export interface ChainHeadRecord {
  readonly device: string;
  readonly nextSeq: number;
  readonly prev: Uint8Array;
  readonly hlc: { readonly wallMs: number; readonly counter: number } | null;
}
