import { existsSync } from 'node:fs';
import path from 'node:path';
import { findAuthority } from '../identity/authority.ts';
import type { Store } from '../store/store.ts';
import { createDemoAuthority, DEMO_CREDENTIALS_FILE, DEMO_PASSPHRASE_FILE, formatDemoCredentials, type DemoCredential } from './demo-authority.ts';

/** What `serve --demo` found or did, to be reported once the server listens. */
export type DemoStart =
  | { readonly kind: 'created'; readonly credentials: readonly DemoCredential[] }
  | { readonly kind: 'existing'; readonly credentialsFile: string }
  | { readonly kind: 'not-demo'; readonly reason: string };

/**
 * Creates the demo authority when the data directory was empty (checked by the caller before the store
 * opened it) and the database holds no authority; otherwise touches nothing.
 */
export async function startDemo(store: Store, dataDir: string, dataDirWasEmpty: boolean, now: Date): Promise<DemoStart> {
  const credentialsFile = path.join(dataDir, DEMO_CREDENTIALS_FILE);
  if ((await findAuthority(store.db)) !== undefined) {
    return existsSync(credentialsFile) ? { kind: 'existing', credentialsFile } : { kind: 'not-demo', reason: 'this HQ has a real authority, which demo mode never touches' };
  }
  if (!dataDirWasEmpty) return { kind: 'not-demo', reason: `DATA_DIR (${dataDir}) is not empty, so no demo authority was created` };
  return { kind: 'created', credentials: await createDemoAuthority(store.db, dataDir, now) };
}

/** The lines printed after the listening line: the credentials once, then only where they are. */
export function describeDemoStart(start: DemoStart, url: string, dataDir: string): string {
  if (start.kind === 'existing') return `Demo mode: the sign-in credentials are in ${start.credentialsFile}\n`;
  if (start.kind === 'not-demo') return `Demo mode off: ${start.reason}\n`;
  return [
    'WARNING: demo mode. This demo authority is for trying Hornbill out only: its root key passphrase is',
    `stored in plain text in ${path.join(dataDir, DEMO_PASSPHRASE_FILE)}. Production uses 'hornbill authority init'.`,
    formatDemoCredentials(start.credentials, url),
    `These credentials are shown once; they are kept in ${path.join(dataDir, DEMO_CREDENTIALS_FILE)} (mode 0600).`,
    '',
  ].join('\n');
}
