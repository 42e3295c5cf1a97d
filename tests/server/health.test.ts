import { beforeAll, describe, expect, it } from 'vitest';
import { buildHttpServer } from '../../src/server/http/build-http-server.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import type { Store } from '../../src/server/store/store.ts';
import { staticFixtureDir } from '../support/static-fixture.ts';
import { testEngines } from '../support/test-engines.ts';

describe.each(testEngines())('GET /api/v1/health on $engine', ({ engine, skipReason, openFresh }) => {
  describe.skipIf(skipReason !== undefined)(skipReason ?? 'with a fresh database', () => {
    let store: Store;
    let baseUrl = '';

    // The returned function is the teardown; it runs only if setup succeeded, so a setup error stays visible.
    beforeAll(async () => {
      const fresh = await openFresh();
      store = fresh.store;
      await migrateToLatest(store.db);
      const app = await buildHttpServer({ config: { staticDir: staticFixtureDir }, store, version: '9.9.9-test', logger: false });
      baseUrl = await app.listen({ port: 0, host: '127.0.0.1' });
      return async () => {
        await app.close();
        await fresh.dispose();
      };
    });

    it('answers ok with the version and the engine', async () => {
      const response = await fetch(`${baseUrl}/api/v1/health`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/^application\/json/);
      expect(await response.json()).toEqual({ status: 'ok', version: '9.9.9-test', db: engine });
    });

    it('answers 503 degraded when the database query fails', async () => {
      await store.close();
      const response = await fetch(`${baseUrl}/api/v1/health`);
      expect(response.status).toBe(503);
      expect(await response.json()).toEqual({ status: 'degraded', version: '9.9.9-test', db: engine });
    });
  });
});
