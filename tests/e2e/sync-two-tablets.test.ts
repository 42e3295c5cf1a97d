// Issue #7 point 8, end to end in Chromium against the real HQ process: two tablets (two browser contexts, each
// with its own IndexedDB) work offline — tablet A captures, submits, processes, approves, issues and prints a
// permit; tablet B, which does not hold it, verifies the printed QR and endorses the export — then both go
// online and sync. HQ's admin screens show the permit endorsed with its audit trail merged from both tablets
// and each entry's position in HQ's log (the receipts), the checkpoint and the devices; tablet A's next sync
// pulls B's endorsement and the new status list, so the same QR checked on A is now "already endorsed".
// Run twice: A back online first, and B first (HQ then holds an endorsement of a permit it has not seen yet).
import { readFile } from 'node:fs/promises';
import { afterAll, afterEach, beforeAll, expect, it, onTestFailed } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import { qrTextOfPrintedPermit } from '../support/e2e-printed-qr.ts';
import { deviceCodeIn, openTablet, signOut, syncNow, type Tablet } from '../support/e2e-tablet.ts';
import type { RunningHq } from '../support/hq-process.ts';
import { startHqWithUsers } from '../support/hq-with-users.ts';
import { firstSignIn, signIn } from '../support/sign-in-page.ts';

let hq: RunningHq;
let browser: Browser;
let oneTimePasswords: Readonly<Record<string, string>> = {};
const contexts: BrowserContext[] = [];

type FieldUser = 'amina' | 'dalia' | 'imani';
const passwords: Readonly<Record<FieldUser, string>> = { amina: 'Tsavo-river-at-dawn', dalia: 'Amboseli-before-the-rain', imani: 'Samburu-under-acacias' };
const adminPassword = 'Langata-road-at-noon-2026';
/** Users whose one-time password is spent: a later first sign-in on a new tablet uses their own password. */
const passwordChanged = new Set<string>();

beforeAll(async () => {
  const [identity, launched] = await Promise.all([
    startHqWithUsers([
      // Four eyes: the officer prepares (submit, process), another official approves and issues.
      { username: 'amina', roles: ['officer'] },
      { username: 'dalia', roles: ['approver'] },
      { username: 'imani', roles: ['inspector'] },
    ]),
    launchChromium(),
  ]);
  [hq, browser, oneTimePasswords] = [identity.hq, launched, identity.oneTimePasswords];
});
afterEach(async () => {
  for (const context of contexts.splice(0)) await context.close();
});
afterAll(async () => {
  await browser?.close();
  await hq?.stop();
});

/** What tablet A's officer types, by form path: text boxes are filled, code boxes chosen. */
const boxes: Record<string, string> = {
  'document.type': 'export-permit',
  'importer.name': 'Vogelpark Leipzig GmbH',
  'importer.address': 'Karl-Heine-Straße 12, 04229 Leipzig',
  'importer.country': 'DE',
  'exporter.name': 'Rift Valley Wildlife Farm Ltd',
  'exporter.address': 'P.O. Box 1234, Naivasha 20117',
  'exporter.country': 'KE',
  purpose: 'T',
  'managementAuthority.party': 'KE',
  'managementAuthority.name': 'Kenya Wildlife Service',
  'managementAuthority.address': 'Langata Road, Nairobi',
  'lineItems.0.description': 'Live captive-bred birds, two adult pairs',
  'lineItems.0.term': 'LIV',
  'lineItems.0.source': 'C',
  'lineItems.0.quantity.amount': '4',
  'applicant.name': 'Rift Valley Wildlife Farm Ltd',
  'applicant.address': 'P.O. Box 1234, Naivasha 20117',
  'applicant.identityDocument.type': 'company-registration',
  'applicant.identityDocument.number': 'PVT-2016-004512',
  'applicant.identityDocument.issuingCountry': 'KE',
};

async function fill(page: Page, path: string, value: string): Promise<void> {
  const control = page.getByTestId(`field-${path}`);
  if ((await control.evaluate((element) => element.tagName)) === 'SELECT') await control.selectOption(value);
  else await control.fill(value);
}

async function chooseSpecies(page: Page, path: string, typed: string): Promise<void> {
  const control = page.getByTestId(`field-${path}`);
  await control.fill(typed);
  await page.locator('[role=listbox]:visible [role=option]').first().waitFor();
  await control.press('ArrowDown');
  await control.press('ArrowUp');
  await control.press('Enter');
}

/** The officer's application, typed offline; returns the permit's id (the draft's). */
async function captureApplication(page: Page): Promise<string> {
  await page.getByRole('link', { name: 'New application' }).first().click();
  await page.getByRole('heading', { name: 'New application' }).waitFor();
  await chooseSpecies(page, 'lineItems.0.taxon', 'Balearica regulorum');
  for (const [path, value] of Object.entries(boxes)) await fill(page, path, value);
  expect(await page.getByTestId('field-lineItems.0.appendix').inputValue()).toBe('II');
  await page.getByTestId('save-status').getByText('Saved on this device').waitFor();
  const id = /#\/applications\/([0-9a-f-]{36})$/.exec(page.url())?.[1];
  if (id === undefined) throw new Error(`no draft id in ${page.url()}`);
  return id;
}

async function openPermit(page: Page, permitId: string): Promise<void> {
  await page.getByRole('link', { name: 'Permits', exact: true }).click();
  await page.getByTestId('permit-list').locator(`a[href="#/permits/${permitId}"]`).click();
  await page.getByTestId('permit-status').waitFor();
}

/** Fires an act confirmed in the permit screen's dialog, and waits for the status it leads to. */
async function confirmAct(page: Page, act: string, status: string): Promise<void> {
  await page.getByRole('button', { name: act, exact: true }).click();
  await page.getByRole('alertdialog').getByRole('button', { name: 'Confirm and sign' }).click();
  await page.getByTestId('permit-status').getByText(`Status: ${status}`, { exact: true }).waitFor();
}

async function verifyPasted(page: Page, qrText: string): Promise<Locator> {
  await page.getByRole('link', { name: 'Check a permit' }).click();
  await page.getByLabel('QR text (starts with HB1:)').fill(qrText);
  await page.getByRole('button', { name: 'Verify the text' }).click();
  const panel = page.getByTestId('verdict-panel');
  await panel.waitFor();
  return panel;
}

/** The admin's HQ desktop: its own context, signed in at HQ by the API (the cookie lands in its jar). */
async function hqDesktop(): Promise<Tablet> {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'block', viewport: { width: 1280, height: 900 } });
  contexts.push(context);
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`HQ desktop: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`HQ desktop: ${message.text()}`);
  });
  const oneTimePassword = oneTimePasswords['admin'] ?? '';
  const password = passwordChanged.has('admin') ? adminPassword : oneTimePassword;
  const session = await page.request.post(`${hq.url}/api/v1/session`, { data: { username: 'admin', password } });
  expect(session.status(), await session.text()).toBe(200);
  if (!passwordChanged.has('admin')) {
    const change = await page.request.post(`${hq.url}/api/v1/session/password`, { data: { currentPassword: oneTimePassword, newPassword: adminPassword } });
    expect(change.status(), await change.text()).toBe(204);
    passwordChanged.add('admin');
  }
  return { name: 'HQ desktop', context, page, pageErrors, consoleErrors };
}

async function openSection(page: Page, hash: string, heading: string): Promise<void> {
  await page.goto(`${hq.url}/${hash}`);
  await page.locator('html[data-ready="true"]').waitFor();
  await page.getByRole('heading', { name: heading, exact: true }).waitFor();
}

/** The first sign-in of `username` on this tablet, online (the device enrolled); returns the device code. */
async function enrol(tablet: Tablet, username: FieldUser): Promise<string> {
  const oneTimePassword = passwordChanged.has(username) ? undefined : oneTimePasswords[username];
  const shown = await firstSignIn(tablet.page, username, passwords[username], oneTimePassword);
  passwordChanged.add(username);
  // The sync the app starts on sign-in, over before anything else happens on the tablet.
  await tablet.page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor();
  return deviceCodeIn(shown);
}

/** Which tablet is back online and syncs first: the endorsement may reach HQ before the permit it endorses. */
type Order = 'the issuing tablet first' | 'the endorsing tablet first';

it.each<Order>(['the issuing tablet first', 'the endorsing tablet first'])('two tablets offline issue and endorse; online (%s), HQ shows it all with receipts, and the endorsement reaches the issuing tablet', async (order) => {
  const everyone: Tablet[] = [];
  onTestFailed(() => {
    for (const tablet of everyone) console.error(`${tablet.name}: page errors ${JSON.stringify(tablet.pageErrors)}, console errors ${JSON.stringify(tablet.consoleErrors)}`);
  });

  // Tablet A: the officer and the approver enrol online (each user gets a device key, a device code at HQ).
  const a = await openTablet(browser, 'tablet A', hq.url);
  contexts.push(a.context);
  everyone.push(a);
  const aminaDevice = await enrol(a, 'amina');
  await signOut(a.page);
  const daliaDevice = await enrol(a, 'dalia');
  await signOut(a.page);
  await a.context.setOffline(true);

  // Tablet B: the inspector enrols after them, so the trust list B holds certifies the approver's key.
  const b = await openTablet(browser, 'tablet B', hq.url);
  contexts.push(b.context);
  everyone.push(b);
  const imaniDevice = await enrol(b, 'imani');
  await b.context.setOffline(true);

  // Offline on A: the officer captures, submits and processes; the approver approves, issues and prints.
  await signIn(a.page, 'amina', passwords.amina);
  const permitId = await captureApplication(a.page);
  await openPermit(a.page, permitId);
  await confirmAct(a.page, 'Submit the application', 'Requested');
  await confirmAct(a.page, 'Mark as processed', 'Processed');
  await signOut(a.page);
  await signIn(a.page, 'dalia', passwords.dalia);
  await openPermit(a.page, permitId);
  await confirmAct(a.page, 'Approve', 'Approved');
  await a.page.getByRole('button', { name: 'Issue the permit', exact: true }).click();
  await a.page.getByLabel('Security stamp number (box 5b)').fill('KWS 0042117');
  await a.page.getByLabel('Place of issue (box 13)').fill('Nairobi');
  await a.page.getByRole('button', { name: 'Check, sign and issue' }).click();
  await a.page.getByTestId('permit-status').getByText('Status: Issued', { exact: true }).waitFor();
  const number = (await a.page.getByRole('heading', { level: 2 }).first().textContent()) ?? '';
  expect(number).toMatch(new RegExp(`^KE\\d\\d-${daliaDevice}-\\d{5}-[0-9A-Z]$`));
  const [download] = await Promise.all([a.page.waitForEvent('download'), a.page.getByRole('button', { name: 'Print', exact: true }).click()]);
  const qrText = await qrTextOfPrintedPermit(new Uint8Array(await readFile(await download.path())));
  expect(qrText).toMatch(/^HB1:/);
  // A holds the permit as issued: its own QR is not "already endorsed" here yet.
  let panel = await verifyPasted(a.page, qrText);
  expect(await panel.getAttribute('data-verdict')).not.toBe('invalid');
  await panel.getByRole('button', { name: 'Check another permit' }).click();

  // Offline on B, which does not hold the permit: the printed QR verifies, and the export is endorsed.
  panel = await verifyPasted(b.page, qrText);
  expect(await panel.getAttribute('data-verdict')).not.toBe('invalid');
  expect(await panel.getByTestId('inspect-claims').textContent()).toContain(number);
  const form = panel.getByTestId('endorsement-form');
  await form.getByLabel('Quantity actually exported, line item A').fill('4');
  await form.getByLabel('Port of export').fill('Mombasa');
  await form.getByLabel('Bill of lading or air waybill number (optional)').fill('MSKU 7654321');
  await form.getByRole('button', { name: 'Endorse and sign' }).click();
  await panel.getByTestId('endorsement-recorded').waitFor();
  await b.page.locator('[data-testid="verdict-panel"][data-verdict="invalid"]').waitFor();
  await panel.getByRole('button', { name: 'Check another permit' }).click();
  panel = await verifyPasted(b.page, qrText);
  expect(await panel.getAttribute('data-verdict')).toBe('invalid');
  // Known from B's own log (B's status list, from before, does not list the permit).
  expect(await panel.locator('[data-code="status.endorsed"]').allTextContents()).toEqual([expect.stringContaining('at Mombasa by Officer imani')]);
  await panel.getByRole('button', { name: 'Check another permit' }).click();
  await b.page.getByTestId('sync-status').getByText('To sync: 1', { exact: true }).waitFor();

  // Online. On A each user's device pushes its own chain while that user is signed in.
  const tabletA = async () => {
    await signOut(a.page);
    await a.context.setOffline(false);
    await signIn(a.page, 'amina', passwords.amina);
    await syncNow(a);
    await signOut(a.page);
    await signIn(a.page, 'dalia', passwords.dalia);
    await syncNow(a);
  };
  // B syncs by itself on the `online` event (the next timed sync is minutes away); then the button, to be sure.
  const tabletB = async () => {
    await b.context.setOffline(false);
    await b.page.getByTestId('sync-status').getByText('Synced', { exact: true }).waitFor({ timeout: 15_000 });
    await syncNow(b);
  };
  if (order === 'the issuing tablet first') {
    await tabletA();
    await tabletB();
  } else {
    await tabletB();
    await tabletA();
  }

  // HQ: the permit, endorsed, with its trail merged from every device and each entry's position in the log.
  const desk = await hqDesktop();
  everyone.push(desk);
  await openSection(desk.page, '#/admin/permits', 'Permits from all devices');
  const row = desk.page.getByTestId(`hq-permit-${permitId}`);
  await row.waitFor();
  expect(await row.locator('td').nth(1).textContent()).toMatch(/^endorsed$/i);
  await row.getByRole('button', { name: `Open permit ${number}` }).click();
  await desk.page.getByRole('heading', { name: `Permit ${number}` }).waitFor();
  const trail = await desk.page.locator('tr[data-testid^="trail-"]').evaluateAll((rows) =>
    rows.map((tableRow) => [...tableRow.querySelectorAll('td')].map((cell) => cell.textContent ?? '')),
  );
  const acts = trail.map(([action, , , device, , , leaf]) => ({ action, device: device?.split(' #')[0], leaf: Number(leaf) }));
  expect(acts.map((act) => act.action)).toEqual(['Requested', 'Processed', 'Approved', 'Issued', 'Printed', 'Endorsed']);
  expect(acts.map((act) => act.device)).toEqual([aminaDevice, aminaDevice, daliaDevice, daliaDevice, daliaDevice, imaniDevice]);
  const leaves = acts.map((act) => act.leaf);
  expect(leaves.every((leaf) => Number.isInteger(leaf) && leaf >= 0)).toBe(true);
  expect(new Set(leaves).size).toBe(leaves.length);

  await openSection(desk.page, '#/admin/alerts', 'Alerts');
  await desk.page.getByText('No alert has been raised.', { exact: true }).waitFor();

  await openSection(desk.page, '#/admin/checkpoint', 'Log checkpoint');
  const treeSizeText = await desk.page.locator('.box-row', { hasText: 'Entries in the log' }).locator('dd').textContent();
  const treeSize = Number(treeSizeText);
  expect(treeSize).toBeGreaterThanOrEqual(acts.length);
  expect(treeSize).toBeGreaterThan(Math.max(...leaves));

  await openSection(desk.page, '#/admin/devices', 'Devices');
  for (const code of [aminaDevice, daliaDevice, imaniDevice]) {
    // The sync columns come from a second request: wait for HQ's pending count, then read the last sync.
    const deviceRow = desk.page.getByTestId(`device-${code}`);
    await deviceRow.locator('td:nth-child(8)', { hasText: /^0$/ }).waitFor();
    expect(await deviceRow.locator('td:nth-child(7)').textContent(), `last sync of ${code}`).not.toMatch(/^(Never|—)$/);
  }

  // A syncs again: the pull brings B's endorsement and the new status list (when B synced first, A's previous
  // sync already did); the same QR is now refused on A.
  const synced = await syncNow(a, treeSize);
  expect(synced.checkpointSize).toBe(treeSize);
  panel = await verifyPasted(a.page, qrText);
  expect(await panel.getAttribute('data-verdict')).toBe('invalid');
  // Twice: from the new status list HQ signed, and from B's entry now in A's log.
  const endorsed = await panel.locator('[data-code="status.endorsed"]').allTextContents();
  expect(endorsed).toHaveLength(2);
  expect(endorsed.filter((reason) => /already endorsed on \d{4}-\d\d-\d\d at Mombasa: /.test(reason))).toHaveLength(1);
  expect(endorsed.filter((reason) => reason.includes('at Mombasa by') && reason.includes(`(device ${imaniDevice}), as this device’s log records`))).toHaveLength(1);
  await panel.getByRole('button', { name: 'Check another permit' }).click();
  // …and A's own copy of the permit is endorsed, B's entry the sixth and last in its audit trail.
  await openPermit(a.page, permitId);
  await a.page.getByTestId('permit-status').getByText('Status: Endorsed', { exact: true }).waitFor();
  await a.page.getByRole('tab', { name: 'Audit trail' }).click();
  const localTrail = a.page.getByTestId('audit-trail').locator('tbody tr');
  await localTrail.nth(5).waitFor();
  expect(await localTrail.count()).toBe(6);
  const lastLocal = await localTrail.nth(5).locator('td').allTextContents();
  expect(lastLocal[1]).toBe('endorsed');
  // Another tablet's entry, checked with the key from the trust list this tablet holds.
  expect(lastLocal[4]).toBe('✓ verified');

  expect(everyone.flatMap((tablet) => tablet.pageErrors)).toEqual([]);
}, 90_000);
