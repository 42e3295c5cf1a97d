import type { Generated } from 'kysely';

/** The typed schema of the HQ database, identical on SQLite and PostgreSQL (see migrations/). */
export interface Database {
  server_meta: ServerMetaTable;
  authority: AuthorityTable;
  users: UsersTable;
  sessions: SessionsTable;
  sign_in_attempts: SignInAttemptsTable;
  key_certificates: KeyCertificatesTable;
  revocations: RevocationsTable;
  trust_list_versions: TrustListVersionsTable;
  foreign_trust_lists: ForeignTrustListsTable;
  secretariat_notices: SecretariatNoticesTable;
  devices: DevicesTable;
  enrolment_challenges: EnrolmentChallengesTable;
  log_entries: LogEntriesTable;
  quarantine: QuarantineTable;
  checkpoints: CheckpointsTable;
  device_chains: DeviceChainsTable;
  alerts: AlertsTable;
  permits: PermitsTable;
  status_list_versions: StatusListVersionsTable;
  quota_shares: QuotaSharesTable;
  quota_share_versions: QuotaShareVersionsTable;
  checklist_versions: ChecklistVersionsTable;
  checklist_pages: ChecklistPagesTable;
  checklist_taxon_names: ChecklistTaxonNamesTable;
}

// Times are ISO-8601 UTC strings; bytes are base64; int4 flags are 0 or 1 (see 0002_identity.ts).

/** Facts about this installation, one row per key (see installation.ts for the keys). */
export interface ServerMetaTable {
  key: string;
  value: string;
}

export interface AuthorityTable {
  party: string;
  name: string;
  root_public_key: string;
  root_key_sealed: string;
  created_at: string;
}

export interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  roles: string;
  office: string | null;
  password_hash: string;
  must_change_password: number;
  created_at: string;
  removed_at: string | null;
  removal_reason: string | null;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

export interface SignInAttemptsTable {
  id: string;
  username: string;
  address: string;
  succeeded: number;
  attempted_at: string;
}

export interface KeyCertificatesTable {
  kid: string;
  user_id: string;
  device: string;
  signed: string;
  created_at: string;
}

export interface RevocationsTable {
  kid: string;
  revoked_at: string;
  reason: string;
}

export interface TrustListVersionsTable {
  version: number;
  issued_at: string;
  signed: string;
  sha256: string;
}

export interface ForeignTrustListsTable {
  party: string;
  version: number;
  root_public_key: string;
  signed: string;
  imported_at: string;
}

export interface SecretariatNoticesTable {
  id: string;
  kind: string;
  created_at: string;
  signed: string;
  /** Set once every delivery channel configured at the time has taken the notice. */
  delivered_at: string | null;
  delivery_attempts: Generated<number>;
  next_attempt_at: string | null;
  last_error: string | null;
  webhook_delivered_at: string | null;
  email_delivered_at: string | null;
}

export interface DevicesTable {
  id: string;
  code: string;
  user_id: string;
  public_key: string;
  label: string | null;
  enrolled_at: string;
  last_seen_at: string | null;
  revoked_at: string | null;
  revocation_reason: string | null;
}

export interface EnrolmentChallengesTable {
  nonce: string;
  user_id: string;
  created_at: string;
  expires_at: string;
}

// Sync (0004_sync.ts).

export interface LogEntriesTable {
  leaf_index: number;
  id: string;
  device: string;
  seq: number;
  permit: string | null;
  action: string;
  actor: string;
  role: string;
  wall_time: string;
  /** "wallMs.counter" */
  hlc: string;
  bytes: string;
  leaf_hash: string;
  received_at: string;
}

export interface QuarantineTable {
  id: string;
  entry_id: string;
  device: string;
  batch_index: number;
  code: string;
  reason: string;
  bytes: string;
  received_at: string;
}

export interface CheckpointsTable {
  tree_size: number;
  root_hash: string;
  note: string;
  signed_at: string;
}

export interface DeviceChainsTable {
  device: string;
  next_seq: number;
  head_id: string;
  head_hlc: string;
  last_sync_at: string | null;
  clock_skew_ms: number | null;
  pending: number | null;
}

export interface AlertsTable {
  id: string;
  kind: string;
  subject: string;
  permit: string | null;
  device: string | null;
  entry_id: string | null;
  detail: string;
  raised_at: string;
  acknowledged_at: string | null;
  acknowledged_by: string | null;
}

export interface PermitsTable {
  id: string;
  number: string | null;
  status: string;
  document_type: string | null;
  origin_device: string;
  updated_at: string;
  entry_count: number;
  content: string;
}

export interface StatusListVersionsTable {
  version: number;
  issued_at: string;
  signed: string;
}

// Quota shares (0005_quota_shares.ts).

export interface QuotaSharesTable {
  id: string;
  device: string;
  taxon_id: number;
  year: number;
  /** The amount as a decimal number written out (e.g. "12.5"). */
  amount: string;
  unit: string | null;
  set_at: string;
  set_by: string;
}

export interface QuotaShareVersionsTable {
  device: string;
  version: number;
}

// Published checklists (0006_checklists.ts).

export interface ChecklistVersionsTable {
  /** Publication order, 1, 2, 3…: the newest is the largest. */
  number: number;
  /** Hex SHA-256 of the canonical content. */
  version: string;
  published_at: string;
  taxa_count: number;
  /** gzip of the JSON array of taxa sorted by id, base64. */
  taxa: string;
}

// The pages of checklist downloads, stored when a version is published (0008_checklist_pages.ts).

export interface ChecklistPagesTable {
  /** The published version the download leads to. */
  to_version: string;
  /** The version it is a diff from; the empty checklist's version for a full download. */
  from_version: string;
  page: number;
  /** Pages of this (from, to) download. */
  pages: number;
  /** The page's answer (deterministic CBOR, checklistPageSchema), gzip'd, base64. */
  gzipped: string;
}

/** The id and scientific name of each taxon of a publication (0009_checklist_taxon_names.ts). */
export interface ChecklistTaxonNamesTable {
  number: number;
  taxon_id: number;
  scientific_name: string;
}
