// HQ in this process for the fault tests: the real HTTP server (every route, sync included) on a free
// loopback port, over a fresh store of the engine under test, with the root key unlocked and a settable clock.
import type { FastifyInstance } from 'fastify';
import { buildHttpServer } from '../../src/server/http/build-http-server.ts';
import type { RootSigner } from '../../src/server/identity/root-signer.ts';
import type { Store } from '../../src/server/store/store.ts';
import { setUpAuthority, testPasswordIterations, type TestClock } from './identity-fixture.ts';
import { staticFixtureDir } from './static-fixture.ts';

export interface InProcessHq {
  readonly url: string;
  readonly port: number;
  readonly store: Store;
  readonly signer: RootSigner;
  close(): Promise<void>;
}

export async function startInProcessHq(store: Store, clock: TestClock): Promise<InProcessHq> {
  const { signer } = await setUpAuthority(store, clock.now);
  const app: FastifyInstance = await buildHttpServer({
    config: { staticDir: staticFixtureDir },
    store,
    version: 'test',
    logger: false,
    identity: { clock: clock.read, passwordIterations: testPasswordIterations, rootSigner: signer },
  });
  await app.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.address();
  if (address === null || typeof address === 'string') throw new Error('HQ is not listening on TCP');
  return { url: `http://127.0.0.1:${address.port}`, port: address.port, store, signer, close: () => app.close() };
}
