import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { startHq, type RunningHq } from '../support/hq-process.ts';
import { cliEnvironment, runCli } from '../support/run-cli.ts';

const passphrase = 'e2e root key passphrase';
const adminPassword = 'Tsavo-river-at-dawn-2026';

let hq: RunningHq;
let browser: Browser;
let adminOneTimePassword = '';

/** `hornbill authority init` in a fresh data directory: the production path; returns that directory and the admin's one-time password. */
async function initAuthority(): Promise<{ dataDir: string; oneTimePassword: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'hornbill-admin-e2e-'));
  const init = await runCli(['authority', 'init', '--party', 'KE', '--name', 'Kenya Wildlife Service'], cliEnvironment({ DATA_DIR: dataDir, HORNBILL_ROOT_PASSPHRASE: passphrase }));
  const oneTimePassword = /One-time password[^:]*: (\S+)/.exec(init.stdout)?.[1];
  if (init.code !== 0 || oneTimePassword === undefined) throw new Error(`authority init failed:\n${init.stdout}${init.stderr}`);
  return { dataDir, oneTimePassword };
}

beforeAll(async () => {
  const { dataDir, oneTimePassword } = await initAuthority();
  // startHq removes DATA_DIR when it stops, this one included.
  [hq, browser] = await Promise.all([startHq({ DATA_DIR: dataDir, HORNBILL_ROOT_PASSPHRASE: passphrase }), launchChromium()]);
  adminOneTimePassword = oneTimePassword;
});
afterAll(async () => {
  await browser?.close();
  await hq?.stop();
});
/** Signs the page in at HQ as the first admin (the cookie lands in the page's jar) and replaces the one-time password. */
async function signInAsAdmin(page: Page): Promise<void> {
  const signIn = await page.request.post(`${hq.url}/api/v1/session`, { data: { username: 'admin', password: adminOneTimePassword } });
  expect(signIn.status(), await signIn.text()).toBe(200);
  const change = await page.request.post(`${hq.url}/api/v1/session/password`, { data: { currentPassword: adminOneTimePassword, newPassword: adminPassword } });
  expect(change.status(), await change.text()).toBe(204);
}

async function openSection(page: Page, hash: string, heading: string): Promise<void> {
  await page.goto(`${hq.url}/${hash}`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

async function ownTrustListVersion(page: Page): Promise<string> {
  await openSection(page, '#/admin/trust-lists', 'Trust lists');
  const card = page.getByTestId('own-trust-list');
  await card.getByTestId('fingerprint').waitFor();
  return (await card.locator('.box-row', { hasText: 'Version' }).locator('dd').textContent()) ?? '';
}

it('an admin adds a user, sees the one-time password, removes the user, and sees the notice and the new trust list', async () => {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block', viewport: { width: 600, height: 960 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(hq.url);

  await openSection(page, '#/admin', 'HQ administration');
  await page.getByText('HQ administration is for administrators signed in at HQ. Sign in first.').waitFor();

  await signInAsAdmin(page);
  // The gate asked HQ when the screen opened; a reload asks again, now with the session cookie.
  await page.reload();
  expect(await ownTrustListVersion(page)).toBe('1');

  await openSection(page, '#/admin', 'Users');
  await page.getByRole('button', { name: 'Add a user' }).click();
  await page.getByLabel('Name', { exact: true }).fill('Njeri Mwangi');
  await page.getByLabel('Username', { exact: true }).fill('njeri');
  await page.getByLabel('Officer', { exact: true }).check();
  await page.getByLabel('Office', { exact: true }).fill('Mombasa');
  await page.getByRole('button', { name: 'Add the user' }).click();
  const oneTimePassword = (await page.getByTestId('one-time-password').textContent()) ?? '';
  expect(oneTimePassword).toMatch(/^[a-z2-9]{5}(-[a-z2-9]{5}){3}$/);
  await page.getByRole('button', { name: 'I have noted it' }).click();
  await page.getByTestId('user-njeri').waitFor();

  await page.getByRole('button', { name: 'Remove njeri' }).click();
  const dialog = page.getByRole('alertdialog');
  await dialog.getByLabel(/Reason/).fill('left the service');
  await dialog.getByRole('button', { name: 'Remove the user' }).click();
  await page.getByText('njeri is removed. Trust list version 2 is published and the notice to the CITES Secretariat is queued.').waitFor();
  // The list reloads after the confirmation appears: wait for the row to show the removal.
  await page.getByTestId('user-njeri').getByText('left the service').waitFor();

  await openSection(page, '#/admin/notices', 'Notices to the CITES Secretariat');
  const notice = page.locator('tr', { hasText: 'User removed' });
  await notice.waitFor();
  expect(await notice.textContent()).toContain('njeri');
  const download = await notice.getByRole('link', { name: 'Download the signed notice' }).getAttribute('href');
  const signed = await page.request.get(`${hq.url}${download}`);
  expect(signed.headers()['content-type']).toBe('application/cose');

  expect(await ownTrustListVersion(page)).toBe('2');
  expect(pageErrors).toEqual([]);
  await context.close();
});
