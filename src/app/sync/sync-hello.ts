// Hello (docs/sync-protocol.md §Hello): a nonce for the signed requests, HQ's clock (the skew is recorded,
// the device clock is never set from it) and HQ's log key, accepted only when the root key vouches for it.
import { helloRequestSchema, helloResponseSchema } from '../../core/sync/hello.ts';
import { verifyLogKeyStatement } from '../../core/sync/log-key-statement.ts';
import { PROTOCOL_VERSION } from '../../core/sync/wire-types.ts';
import { encodeSyncMessage } from '../../core/sync/wire.ts';
import type { SyncContext, SyncSession } from './sync-context.ts';
import { SyncProblem } from './sync-problem.ts';
import { updateSyncState } from './sync-state.ts';
import { postSync } from './sync-transport.ts';

export async function sayHello(context: SyncContext): Promise<SyncSession> {
  const { device } = context;
  const request = encodeSyncMessage(helloRequestSchema, { v: PROTOCOL_VERSION, device: device.code });
  const sentAt = context.now();
  const answer = await postSync(context.fetch, 'hello', request, helloResponseSchema);
  const statement = await verifyLogKeyStatement(answer.logKey, device.rootPublicKey);
  if (!statement.ok) throw new SyncProblem('log-key-refused', statement.reason);
  if (statement.value.party !== device.party) {
    throw new SyncProblem('log-key-refused', `the log key is Party ${statement.value.party}'s, not ${device.party}'s`);
  }
  // Half the round trip: HQ read its clock about midway between sending and receiving.
  const clockSkewMs = Math.round(answer.hqTime - (sentAt + context.now()) / 2);
  await updateSyncState(context.db, { clockSkewMs });
  return { nonce: answer.nonce, verifierKey: statement.value.verifierKey, clockSkewMs };
}
