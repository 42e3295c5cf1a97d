import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { launchChromium } from '../support/chromium.ts';
import type { RunningHq } from '../support/hq-process.ts';
import { startHqWithUsers } from '../support/hq-with-users.ts';
import { firstSignIn, signIn } from '../support/sign-in-page.ts';

let hq: RunningHq;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let pageErrors: string[];
let oneTimePassword = '';
const password = 'Tsavo-river-at-dawn';

beforeAll(async () => {
  const [identity, launched] = await Promise.all([startHqWithUsers([{ username: 'amina', roles: ['officer'] }]), launchChromium()]);
  [hq, browser] = [identity.hq, launched];
  oneTimePassword = identity.oneTimePasswords['amina'] ?? '';
});
afterAll(async () => {
  await browser?.close();
  await hq?.stop();
});
beforeEach(async () => {
  // A 7-inch tablet held upright.
  context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow', viewport: { width: 600, height: 960 }, hasTouch: true });
  page = await context.newPage();
  pageErrors = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
});
afterEach(async () => {
  await context.close();
});

const field = (path: string) => page.getByTestId(`field-${path}`);

/** What the test types, by form path: text boxes are filled, code boxes chosen. */
const boxes: Record<string, string> = {
  'document.type': 'export-permit',
  'importer.name': 'Tierpark Nord',
  'importer.address': 'Zooweg 1, Berlin',
  'importer.country': 'DE',
  'exporter.name': 'Nairobi Wildlife Traders',
  'exporter.address': 'PO Box 100, Nairobi',
  'exporter.country': 'KE',
  specialConditions: 'Keep in ventilated crates',
  purpose: 'T',
  'managementAuthority.party': 'KE',
  'managementAuthority.name': 'Kenya Wildlife Service',
  'managementAuthority.address': 'Langata Road, Nairobi',
  'lineItems.0.description': 'Skin, tanned',
  'lineItems.0.term': 'SKI',
  'lineItems.0.source': 'W',
  'lineItems.0.quantity.amount': '1',
  'lineItems.1.description': 'Live adults, microchipped',
  'lineItems.1.term': 'LIV',
  'lineItems.1.source': 'C',
  'lineItems.1.quantity.amount': '12',
  'applicant.name': 'Amina Otieno',
  'applicant.address': 'Kenyatta Avenue 5, Nairobi',
  'applicant.identityDocument.type': 'passport',
  'applicant.identityDocument.number': 'AK1234567',
  'applicant.identityDocument.issuingCountry': 'KE',
};

async function fill(path: string, value: string) {
  const control = field(path);
  if ((await control.evaluate((element) => element.tagName)) === 'SELECT') await control.selectOption(value);
  else await control.fill(value);
}

/** Every visible control of the screen, with its height when under the 44 px touch target. */
async function smallTouchTargets(): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main input, main select, main textarea, main button, main a.button, nav a, [role=option]')]
      .filter((element) => element.offsetParent !== null && element.getBoundingClientRect().height < 44)
      .map((element) => `${element.tagName} ${element.getAttribute('name') ?? element.textContent}: ${element.getBoundingClientRect().height}px`),
  );
}

async function chooseSpecies(path: string, typed: string) {
  await field(path).fill(typed);
  await page.locator('[role=listbox]:visible [role=option]').first().waitFor();
  await field(path).press('ArrowDown');
  await field(path).press('ArrowUp');
  await field(path).press('Enter');
}

describe('an application typed offline', () => {
  it('survives a reload, is checked by the rules, and is found in the list', async () => {
    await page.goto(`${hq.url}/`);
    await page.waitForSelector('html[data-ready="true"]');
    await firstSignIn(page, 'amina', password, oneTimePassword);
    await page.getByRole('heading', { name: 'Permits and drafts on this device' }).waitFor();
    await page.getByTestId('permits-empty').waitFor();
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await context.setOffline(true);
    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await signIn(page, 'amina', password);

    await page.getByRole('link', { name: 'New application' }).first().click();
    await page.getByRole('heading', { name: 'New application' }).waitFor();
    await page.getByRole('button', { name: 'Add another species' }).click();
    await chooseSpecies('lineItems.0.taxon', 'Selenarctos thibe');
    await chooseSpecies('lineItems.1.taxon', 'Horsfield');
    for (const [path, value] of Object.entries(boxes)) await fill(path, value);
    expect(await smallTouchTargets()).toEqual([]);

    expect(await field('lineItems.0.taxon').inputValue()).toBe('Ursus thibetanus');
    expect(await page.getByText('“Selenarctos thibetanus” is a synonym').count()).toBe(1);
    expect(await field('lineItems.0.appendix').inputValue()).toBe('I');
    expect(await field('lineItems.1.taxon').inputValue()).toBe('Testudo horsfieldii');

    // An Appendix-I specimen taken from the wild may not be traded for a commercial purpose (Art. III).
    const purposeFindings = page.getByTestId('findings-purpose');
    await purposeFindings.getByText('Error:').waitFor();
    expect(await purposeFindings.locator('[data-code="art3.commercial-purpose-appendix-i"]').count()).toBe(1);

    await page.getByTestId('save-status').getByText('Saved on this device').waitFor();
    expect(page.url()).toMatch(/#\/applications\/[0-9a-f-]{36}$/);

    await page.reload();
    await page.waitForSelector('html[data-ready="true"]');
    await signIn(page, 'amina', password);
    await page.getByRole('heading', { name: 'Application (draft)' }).waitFor();
    for (const [path, value] of Object.entries(boxes)) expect(await field(path).inputValue(), path).toBe(value);
    expect(await field('lineItems.0.taxon').inputValue()).toBe('Ursus thibetanus');
    expect(await field('lineItems.1.taxon').inputValue()).toBe('Testudo horsfieldii');
    expect(await field('lineItems.0.appendix').inputValue()).toBe('I');

    await page.getByRole('link', { name: 'Permits' }).click();
    await page.getByTestId('permit-search').fill('horsfieldii');
    const list = page.getByTestId('permit-list');
    await list.getByText('Ursus thibetanus, Testudo horsfieldii').waitFor();
    await list.getByRole('link').first().click();

    await page.getByTestId('permit-status').getByText('Status: Draft').waitFor();
    expect(await page.getByTestId('detail-line-item-1').textContent()).toContain('Testudo horsfieldii');
    expect(await page.getByText('Tierpark Nord').count()).toBe(1);
    await page.getByRole('link', { name: 'Continue editing' }).click();
    expect(await field('applicant.name').inputValue()).toBe('Amina Otieno');
    expect(pageErrors).toEqual([]);
  });
});
