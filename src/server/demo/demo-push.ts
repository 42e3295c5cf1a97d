// A demo tablet's sync push, through HQ's own sync code minus HTTP: hello (a session nonce), a push request
// signed with the tablet's device key, the authentication the push route runs, then ingestPush. Every entry
// must be accepted: a demo whose sample permits are half in the log is worse than no demo, so anything else
// throws with HQ's reasons.
import { toHex } from '../../core/crypto/bytes.ts';
import { entryId } from '../../core/log/entry.ts';
import type { PushResponse } from '../../core/sync/push.ts';
import { signSyncRequest } from '../../core/sync/signed-request.ts';
import { PROTOCOL_VERSION } from '../../core/sync/wire-types.ts';
import { authenticateSyncRequest } from '../sync/authenticate-request.ts';
import { handleHello } from '../sync/hello.ts';
import { ingestPush, type PushRequest } from '../sync/ingest-push.ts';
import type { SyncContext } from '../sync/sync-context.ts';
import type { DemoTabletChain } from './demo-tablet-chain.ts';

/** Pushes the chain's unpushed entries as the tablet would at `sentAt` (its clock, ms); returns them. */
export async function pushDemoTablet(hq: SyncContext, chain: DemoTabletChain, sentAt: number): Promise<Uint8Array[]> {
  const entries = chain.takeUnpushed();
  if (entries.length === 0) return entries;
  const device = chain.tablet.code;
  const hello = await handleHello(hq, { v: PROTOCOL_VERSION, device });
  if (!hello.ok) throw new Error(`demo: HQ refused hello from ${device}: ${hello.code}: ${hello.message}`);
  const request: PushRequest = { v: PROTOCOL_VERSION, device, nonce: hello.response.nonce, sentAt, pending: entries.length, kind: 'push', push: { entries } };
  const signed = await signSyncRequest(chain.tablet.seed, request);
  const authenticated = await authenticateSyncRequest(hq, signed, 'push');
  if (!authenticated.ok) throw new Error(`demo: HQ refused the push of ${device}: ${authenticated.code}: ${authenticated.message}`);
  assertAllAccepted(device, entries, await ingestPush(hq, authenticated.request));
  return entries;
}

function assertAllAccepted(device: string, entries: readonly Uint8Array[], response: PushResponse): void {
  const refusals = response.rejected.map((rejection) => `entry ${rejection.index}: ${rejection.code}: ${rejection.reason}`);
  if (refusals.length > 0) throw new Error(`demo: HQ rejected entries of ${device}: ${refusals.join('; ')}`);
  const receipted = new Set((response.receipt?.entries ?? []).map((entry) => toHex(entry.id)));
  const missing = entries.map((bytes) => toHex(entryId(bytes))).filter((id) => !receipted.has(id));
  if (missing.length > 0) throw new Error(`demo: HQ gave no receipt for ${missing.length} entries of ${device}`);
}
