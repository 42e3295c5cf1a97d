import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import type { RunningHq } from '../support/hq-process.ts';
import { startHqWithUsers } from '../support/hq-with-users.ts';
import { firstSignIn, signIn, submitSignIn } from '../support/sign-in-page.ts';

let hq: RunningHq;
let browser: Browser;
let context: BrowserContext;
let oneTimePasswords: Readonly<Record<string, string>> = {};
const aminaPassword = 'Tsavo-river-at-dawn';
const barakaPassword = 'Mara-crossing-at-noon';

beforeAll(async () => {
  const [identity, launched] = await Promise.all([
    startHqWithUsers([
      { username: 'amina', roles: ['officer'] },
      { username: 'baraka', roles: ['officer'] },
    ]),
    launchChromium(),
  ]);
  [hq, browser, oneTimePasswords] = [identity.hq, launched, identity.oneTimePasswords];
});
afterAll(async () => {
  await browser?.close();
  await hq?.stop();
});
afterEach(async () => {
  await context?.close();
});

async function reload(page: Page) {
  await page.reload();
  await page.waitForSelector('html[data-ready="true"]');
}

const signInHeading = (page: Page) => page.getByRole('heading', { name: 'Sign in', exact: true });

it('enrols on the first sign-in online, then signs in offline; a second user on the same browser does not see the first one’s draft', async () => {
  context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow', viewport: { width: 600, height: 960 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));

  await page.goto(`${hq.url}/`);
  await page.waitForSelector('html[data-ready="true"]');
  await signInHeading(page).waitFor();

  // First sign-in: online, one-time password replaced, the device enrolled; the root key's fingerprint is shown.
  await submitSignIn(page, 'amina', oneTimePasswords['amina'] ?? '');
  await page.getByTestId('new-password').fill(aminaPassword);
  await page.getByTestId('repeat-password').fill(aminaPassword);
  await page.getByRole('button', { name: 'Change the password and continue' }).click();
  expect(await page.getByTestId('device-code').textContent()).toMatch(/^Device code: [2-9A-HJ-NP-Z]+$/);
  expect(await page.getByTestId('root-fingerprint').textContent()).toMatch(/^([0-9A-F]{4} ){15}[0-9A-F]{4}$/);
  await page.getByRole('button', { name: 'Continue' }).click();
  await page.getByRole('heading', { name: 'Permits and drafts on this device' }).waitFor();
  expect(await page.getByTestId('session-status').textContent()).toContain('Officer amina, device');

  // The trust list came with the enrolment (version 1 at authority init, 2 with this device).
  await page.getByRole('link', { name: 'Settings' }).click();
  expect(await page.getByTestId('trust-list-KE').textContent()).toMatch(/^KE: version 2, issued on .* Last confirmed with HQ/);
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });

  // The session is in memory only: a reload asks again.
  await page.goto(`${hq.url}/#/permits`);
  await reload(page);
  await signInHeading(page).waitFor();

  // Offline: the device key unwraps only with the right password.
  await context.setOffline(true);
  await reload(page);
  await submitSignIn(page, 'amina', 'Tsavo-river-at-dusk');
  expect(await page.getByTestId('sign-in-problem').textContent()).toBe('Wrong username or password.');
  await signIn(page, 'amina', aminaPassword);
  await page.getByRole('link', { name: 'New application' }).first().click();
  await page.getByTestId('field-importer.name').fill('Tierpark Nord');
  await page.getByTestId('save-status').getByText('Saved on this device').waitFor();
  await page.getByRole('link', { name: 'Permits' }).click();
  await page.getByTestId('permit-list').getByText('Tierpark Nord', { exact: false }).waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();
  await signInHeading(page).waitFor();

  // A second user on the same browser (online for the first sign-in) does not see Amina's draft.
  await context.setOffline(false);
  await firstSignIn(page, 'baraka', barakaPassword, oneTimePasswords['baraka']);
  await page.getByTestId('permits-empty').waitFor();
  await page.getByRole('button', { name: 'Sign out' }).click();

  // …and Amina still does.
  await signIn(page, 'amina', aminaPassword);
  await page.getByTestId('permit-list').getByText('Tierpark Nord', { exact: false }).waitFor();
  expect(pageErrors).toEqual([]);
});
