// An HQ with an authority, users of every role and enrolled devices that sign entries, for the sync tests.
import type { FastifyInstance } from 'fastify';
import { ed25519PublicKey } from '../../src/core/crypto/ed25519.ts';
import type { Role } from '../../src/core/permit/transition-roles.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import type { Store } from '../../src/server/store/store.ts';
import { logDevice, type LogDevice } from './hq-log-fixture.ts';
import { buildIdentityServer, setUpAuthority, userWithPassword, type TestClock } from './identity-fixture.ts';

export interface SyncHq {
  readonly app: FastifyInstance;
  readonly signer: RootSigner;
  readonly rootPublicKey: Uint8Array;
}

export async function syncHq(store: Store, clock: TestClock): Promise<SyncHq> {
  const { signer } = await setUpAuthority(store, clock.now);
  const app = await buildIdentityServer(store, clock, signer);
  return { app, signer, rootPublicKey: await ed25519PublicKey(signer.seed) };
}

/** A new user holding `roles`, with a device enrolled for them. */
export async function deviceOf(store: Store, hq: SyncHq, username: string, roles: readonly Role[], now: Date): Promise<LogDevice> {
  const user = await userWithPassword(store, username, roles, now);
  return logDevice(store, hq.signer, user.id, now);
}
