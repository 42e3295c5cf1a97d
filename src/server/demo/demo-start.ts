import { existsSync } from 'node:fs';
import path from 'node:path';
import { PERMIT_STATES } from '../../core/permit/lifecycle.ts';
import { demoChecklistTaxa } from '../../core/species/data/demo-checklist.ts';
import { makeChecklist } from '../../core/species/checklist-version.ts';
import { findAuthority, unlockRootKey } from '../identity/authority.ts';
import type { Store } from '../store/store.ts';
import { publishChecklist } from '../sync/checklist-store.ts';
import {
  createDemoAuthority, DEMO_CREDENTIALS_FILE, DEMO_PASSPHRASE_FILE, formatDemoCredentials, readDemoPassphrase, type DemoCosts, type DemoCredential,
} from './demo-authority.ts';
import { createDemoPermits, type DemoPermits } from './demo-permits.ts';
import { DEMO_END_STATES } from './demo-script.ts';

/** What `serve --demo` found or did, to be reported once the server listens. */
export type DemoStart =
  | { readonly kind: 'created'; readonly credentials: readonly DemoCredential[]; readonly permits: DemoPermits }
  | { readonly kind: 'existing'; readonly credentialsFile: string }
  | { readonly kind: 'not-demo'; readonly reason: string };

export interface DemoStartOptions extends DemoCosts {
  /** HQ's clock: when the demo tablets are enrolled and push; the real clock unless a test injects one. */
  readonly hqClock?: () => Date;
}

/**
 * Creates the demo authority, its checklist and its sample permits when the data directory was empty (checked by the
 * caller before the store opened it) and the database holds no authority; otherwise touches nothing.
 */
export async function startDemo(store: Store, dataDir: string, dataDirWasEmpty: boolean, now: Date, options: DemoStartOptions = {}): Promise<DemoStart> {
  const credentialsFile = path.join(dataDir, DEMO_CREDENTIALS_FILE);
  if ((await findAuthority(store.db)) !== undefined) {
    return existsSync(credentialsFile) ? { kind: 'existing', credentialsFile } : { kind: 'not-demo', reason: 'this HQ has a real authority, which demo mode never touches' };
  }
  if (!dataDirWasEmpty) return { kind: 'not-demo', reason: `DATA_DIR (${dataDir}) is not empty, so no demo authority was created` };
  const credentials = await createDemoAuthority(store.db, dataDir, now, options);
  // The checklist the app bundles, as HQ's first version: a device that holds it has nothing to download.
  await publishChecklist(store.db, await makeChecklist(demoChecklistTaxa), now);
  const passphrase = await readDemoPassphrase(dataDir);
  if (passphrase === undefined) throw new Error(`demo: the root key passphrase was not saved in ${path.join(dataDir, DEMO_PASSPHRASE_FILE)}`);
  const rootSigner = await unlockRootKey(store.db, passphrase);
  // The tablets are enrolled and act once the (slow) key derivations above are done: at HQ's clock now.
  const hqClock = options.hqClock ?? (() => new Date());
  const permits = await createDemoPermits(store, rootSigner, hqClock(), hqClock);
  return { kind: 'created', credentials, permits };
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
    describeDemoPermits(start.permits),
    '',
  ].join('\n');
}

function describeDemoPermits(permits: DemoPermits): string {
  const shown = new Set<string>(Object.values(DEMO_END_STATES));
  const states = PERMIT_STATES.filter((state) => shown.has(state));
  return `Demo data: ${permits.permits} sample permits, one in each state (${states.join(', ')}), signed by ${permits.tablets} demo tablets.`;
}
