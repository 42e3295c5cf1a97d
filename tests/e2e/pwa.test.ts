import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startHq, type RunningHq } from '../support/hq-process.ts';

let hq: RunningHq;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let consoleErrors: string[];

beforeAll(async () => {
  [hq, browser] = await Promise.all([startHq(), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await hq?.stop();
});
beforeEach(async () => {
  context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow' });
  page = await context.newPage();
  consoleErrors = [];
  page.on('console', (message) => {
    // Header problems (an unknown Permissions-Policy feature, a CSP block) are reported as console messages.
    if (message.type() === 'error' || /Permissions-Policy|Content Security Policy/.test(message.text())) consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));
});
afterEach(async () => {
  await context.close();
});

async function openApp(hash = '') {
  await page.goto(`${hq.url}/${hash}`);
  await page.waitForSelector('html[data-ready="true"]');
}

/** The first visit installs the service worker, which precaches the shell before it activates. */
async function waitForOfflineReady() {
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
}

describe('the installable offline PWA', () => {
  it('renders the app shell on first load with no console or CSP errors', async () => {
    await openApp('#/about');
    expect(await page.title()).toBe('Hornbill — CITES permits');
    expect(await page.getByRole('heading', { name: 'About Hornbill' }).isVisible()).toBe(true);
    expect(await page.getByTestId('app-version').textContent()).toMatch(/^Version \d+\.\d+\.\d+/);
    await page.getByTestId('library-credits').waitFor();
    expect(await page.getByTestId('library-credits').textContent()).toContain('react');
    expect(consoleErrors).toEqual([]);
  });

  it('links a web app manifest fit for installation', async () => {
    await openApp();
    const href = await page.getAttribute('link[rel="manifest"]', 'href');
    expect(href).toBeTruthy();
    const response = await page.request.get(new URL(href ?? '', hq.url).toString());
    expect(response.headers()['content-type']).toContain('application/manifest+json');
    const manifest = (await response.json()) as {
      name: string;
      short_name: string;
      display: string;
      theme_color: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(manifest).toMatchObject({ name: 'Hornbill — CITES permits', short_name: 'Hornbill', display: 'standalone', theme_color: '#0b5d3b' });
    const iconKinds = manifest.icons.map((icon) => `${icon.sizes}:${icon.purpose ?? 'any'}`);
    expect(iconKinds).toEqual(expect.arrayContaining(['192x192:any', '512x512:any', '512x512:maskable']));
    for (const icon of manifest.icons) {
      const iconResponse = await page.request.get(new URL(icon.src, hq.url).toString());
      expect(iconResponse.status(), icon.src).toBe(200);
      expect(iconResponse.headers()['content-type']).toBe('image/png');
    }
  });

  it('reloads and renders with the network off once it has loaded', async () => {
    await openApp('#/about');
    await waitForOfflineReady();
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getByRole('heading', { name: 'About Hornbill' }).isVisible()).toBe(true);
    // Proof that the network really is off: the API is never served from the cache.
    expect(await page.evaluate(() => fetch('/api/v1/health').then(() => 'reached', () => 'unreachable'))).toBe('unreachable');
    expect(await page.getByTestId('connection').textContent()).toBe('Offline — everything on this device keeps working');

    await page.getByRole('link', { name: 'Settings' }).click();
    expect(await page.getByRole('heading', { name: 'Settings' }).isVisible()).toBe(true);
    await page.getByTestId('storage-usage').waitFor();
    expect(await page.getByTestId('storage-usage').textContent()).toMatch(/used of .* available to Hornbill/);
  });

  it('keeps the chosen language across a reload, online and offline', async () => {
    await openApp('#/settings');
    await waitForOfflineReady();
    await page.getByTestId('language-select').selectOption('es');
    await page.getByRole('heading', { name: 'Ajustes' }).waitFor();

    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getByRole('heading', { name: 'Ajustes' }).isVisible()).toBe(true);
    expect(await page.getAttribute('html', 'lang')).toBe('es');

    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getByRole('link', { name: 'Acerca de' }).isVisible()).toBe(true);
  });

  it('serves the shell with its security headers', async () => {
    const response = await page.goto(`${hq.url}/`);
    const headers = response?.headers() ?? {};
    expect(headers['content-security-policy']).toMatch(/script-src 'self'/);
    expect(headers['content-security-policy']).not.toContain("'unsafe-inline'");
    expect(headers['permissions-policy']).toContain('camera=(self)');
    expect(headers['x-content-type-options']).toBe('nosniff');
  });
});
