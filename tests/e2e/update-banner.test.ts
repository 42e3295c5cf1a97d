import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startHq, type RunningHq } from '../support/hq-process.ts';

// A copy of the built app, so each test can publish a "new version" by changing its service worker.
const staticDir = mkdtempSync(join(tmpdir(), 'hornbill-static-'));
let hq: RunningHq;
let browser: Browser;
let release = 0;

beforeAll(async () => {
  cpSync('dist', staticDir, { recursive: true });
  [hq, browser] = await Promise.all([startHq({ STATIC_DIR: staticDir }), launchChromium()]);
});
afterAll(async () => {
  await browser?.close();
  await hq?.stop();
  rmSync(staticDir, { recursive: true, force: true });
});

/** Loads the app, lets its service worker install, marks unsaved work, then publishes a new release and lets the page find it. */
async function openAppThenPublishRelease(): Promise<Page> {
  const context = await browser.newContext({ locale: 'en-GB' });
  const page = await context.newPage();
  await page.goto(`${hq.url}/#/settings`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  // The first visit is not controlled by the worker it installed; from the next visit on it is, as on a tablet in use.
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
  // Stands for an officer's half-typed form: a reload would wipe it.
  await page.evaluate(() => document.documentElement.setAttribute('data-unsaved-work', 'yes'));
  appendFileSync(join(staticDir, 'sw.js'), `\n// release ${++release}\n`);
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.getRegistration();
    await registration?.update();
  });
  return page;
}

describe('a new version of the app', () => {
  it('waits behind the update banner and never reloads on its own', async () => {
    const page = await openAppThenPublishRelease();
    const banner = page.getByTestId('update-banner');
    await banner.waitFor();
    expect(await banner.textContent()).toContain('A new version of Hornbill is ready');
    expect(await page.getAttribute('html', 'data-unsaved-work')).toBe('yes');
    expect(await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting?.state)).toBe('installed');

    await page.getByRole('button', { name: 'Later' }).click();
    expect(await banner.count()).toBe(0);
    expect(await page.getAttribute('html', 'data-unsaved-work')).toBe('yes');
    await page.context().close();
  });

  it('takes over and reloads only when the user presses Update now', async () => {
    const page = await openAppThenPublishRelease();
    await page.getByTestId('update-banner').waitFor();
    await Promise.all([page.waitForEvent('load'), page.getByRole('button', { name: 'Update now' }).click()]);
    await page.waitForSelector('html[data-ready="true"]');
    expect(await page.getAttribute('html', 'data-unsaved-work')).toBeNull();
    const state = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.getRegistration();
      return { waiting: registration?.waiting ?? null, controlled: navigator.serviceWorker.controller !== null };
    });
    expect(state).toEqual({ waiting: null, controlled: true });
    await page.context().close();
  });
});
