import { readFileSync } from 'node:fs';
import path from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildHttpServer } from '../../src/server/http/build-http-server.ts';
import { migrateToLatest } from '../../src/server/store/migrate.ts';
import { staticFixtureDir } from '../support/static-fixture.ts';
import { testEngines, type FreshStore } from '../support/test-engines.ts';

const [sqlite] = testEngines();
let fresh: FreshStore;
let app: FastifyInstance;

beforeAll(async () => {
  if (sqlite === undefined) throw new Error('no SQLite engine');
  fresh = await sqlite.openFresh();
  await migrateToLatest(fresh.store.db);
  app = await buildHttpServer({ config: { staticDir: staticFixtureDir }, store: fresh.store, version: 'test', logger: false });
});
afterAll(async () => {
  await app.close();
  await fresh.dispose();
});

describe('security headers', () => {
  it.each(['/', '/api/v1/health', '/assets/app-abc123.js', '/api/no-such-thing'])('are on every response (%s)', async (url) => {
    const response = await app.inject({ url });
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['referrer-policy']).toBe('no-referrer');
    expect(response.headers['cross-origin-opener-policy']).toBe('same-origin');
    expect(response.headers['x-frame-options']).toBe('DENY');
    expect(response.headers['content-security-policy']).toContain("frame-ancestors 'none'");
  });

  it('forbid inline scripts in the Content Security Policy', async () => {
    const csp = String((await app.inject({ url: '/' })).headers['content-security-policy']);
    const scriptSrc = csp.split(';').map((directive) => directive.trim()).find((directive) => directive.startsWith('script-src '));
    expect(scriptSrc).toBe("script-src 'self' 'wasm-unsafe-eval'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("object-src 'none'");
  });

  it('allow the camera for this origin only and deny the rest', async () => {
    const policy = String((await app.inject({ url: '/' })).headers['permissions-policy']);
    expect(policy).toContain('camera=(self)');
    for (const feature of ['geolocation', 'microphone', 'payment', 'usb', 'serial', 'browsing-topics']) {
      expect(policy).toContain(`${feature}=()`);
    }
  });
});

describe('static PWA', () => {
  it('serves index.html at / and revalidates it', async () => {
    const response = await app.inject({ url: '/' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/html/);
    expect(response.body).toContain('Hornbill fixture page');
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('caches hashed assets forever', async () => {
    const response = await app.inject({ url: '/assets/app-abc123.js' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/javascript/);
    expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
  });

  it.each(['/sw.js', '/index.html', '/manifest.webmanifest'])('revalidates %s', async (url) => {
    const response = await app.inject({ url });
    expect(response.statusCode).toBe(200);
    expect(response.headers['cache-control']).toBe('no-cache');
  });

  it('serves the manifest as application/manifest+json', async () => {
    const response = await app.inject({ url: '/manifest.webmanifest' });
    expect(response.headers['content-type']).toMatch(/^application\/manifest\+json/);
  });

  it('serves WebAssembly as application/wasm', async () => {
    const response = await app.inject({ url: '/assets/qr-abc123.wasm' });
    expect(response.headers['content-type']).toBe('application/wasm');
  });

  it('answers a browser navigation to a client-side route with index.html', async () => {
    const response = await app.inject({ url: '/permits/42', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(200);
    expect(response.body).toContain('Hornbill fixture page');
  });

  it('answers unknown /api paths with a JSON 404', async () => {
    const response = await app.inject({ url: '/api/v1/nothing-here', headers: { accept: 'text/html' } });
    expect(response.statusCode).toBe(404);
    expect(response.json()).toEqual({ error: { code: 'not_found', message: 'no route for GET /api/v1/nothing-here' } });
  });
});

describe('compression', () => {
  const asset = readFileSync(path.join(staticFixtureDir, 'assets/app-abc123.js'));

  it('uses brotli when asked', async () => {
    const response = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'br' } });
    expect(response.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(response.rawPayload)).toEqual(asset);
  });

  it('uses gzip when asked', async () => {
    const response = await app.inject({ url: '/assets/app-abc123.js', headers: { 'accept-encoding': 'gzip' } });
    expect(response.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(response.rawPayload)).toEqual(asset);
  });

  it('leaves bodies under the threshold alone', async () => {
    const response = await app.inject({ url: '/api/v1/health', headers: { 'accept-encoding': 'br, gzip' } });
    expect(response.headers['content-encoding']).toBeUndefined();
  });
});
