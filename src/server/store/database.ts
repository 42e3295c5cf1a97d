/** The typed schema of the HQ database, identical on SQLite and PostgreSQL (see migrations/). */
export interface Database {
  server_meta: ServerMetaTable;
}

/** Facts about this installation, one row per key (see installation.ts for the keys). */
export interface ServerMetaTable {
  key: string;
  value: string;
}
