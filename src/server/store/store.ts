import type { Kysely } from 'kysely';
import type { Database } from './database.ts';

export type Engine = 'sqlite' | 'postgres';

export interface Store {
  readonly db: Kysely<Database>;
  readonly engine: Engine;
  /** Where the data lives, safe to print: a file path, or host/database (never a password). */
  readonly location: string;
  close(): Promise<void>;
}
