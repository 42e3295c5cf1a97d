// The inspector's screen against real HQ-issued certificates. The approver's device is enrolled from Node with
// the app's own HQ client and core's enrolment proof (the same requests the sign-in makes), which leaves its
// device key in the test's hands to sign a permit QR with core's encodePermitQr; then the inspector enrols
// through the real sign-in in Chromium, so the trust list the browser holds lists the approver's certificate.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { generateEd25519Seed } from '../../src/core/crypto/ed25519.ts';
import { calendarDateSchema } from '../../src/core/permit/calendar-date.ts';
import { formatPermitNumber } from '../../src/core/permit/permit-number.ts';
import type { PermitClaims } from '../../src/core/qr/permit-claims.ts';
import { encodePermitQr } from '../../src/core/qr/encode-permit-qr.ts';
import { launchChromium } from '../support/chromium.ts';
import { enrolDeviceFromNode, type EnrolledDevice } from '../support/enrolled-device.ts';
import type { RunningHq } from '../support/hq-process.ts';
import { startHqWithUsers } from '../support/hq-with-users.ts';
import { firstSignIn } from '../support/sign-in-page.ts';

let hq: RunningHq;
let browser: Browser;
let context: BrowserContext;
let oneTimePasswords: Readonly<Record<string, string>> = {};

beforeAll(async () => {
  const [identity, launched] = await Promise.all([
    startHqWithUsers([
      { username: 'dalia', roles: ['approver'] },
      { username: 'imani', roles: ['inspector'] },
      { username: 'eli', roles: ['inspector'] },
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

let enrolledApprover: EnrolledDevice | undefined;

/** The approver enrolled once for the whole file: a one-time password opens one first session. */
async function theApprover(): Promise<EnrolledDevice> {
  enrolledApprover ??= await enrolDeviceFromNode(hq.url, 'dalia', oneTimePasswords['dalia'] ?? '', 'approver');
  return enrolledApprover;
}

function issuedClaims(deviceCode: string, quantity: number): PermitClaims {
  const today = new Date();
  const number = formatPermitNumber({ party: 'KE', year: today.getUTCFullYear(), device: deviceCode, sequence: 42 });
  if (!number.ok) throw new Error(number.error.message.en);
  const until = new Date(today.getTime() + 90 * 86_400_000);
  return {
    permitId: '7c1e4b2a-9d3f-4a6b-8e5c-2f1a0b9c8d7e',
    number: number.value,
    document: { type: 'export-permit' },
    issuingParty: 'KE',
    issueDate: calendarDateSchema.parse(today.toISOString().slice(0, 10)),
    validUntil: calendarDateSchema.parse(until.toISOString().slice(0, 10)),
    importer: { name: 'Zoo de Lyon', country: 'FR' },
    exporter: { name: 'Nairobi Reptile Farm', country: 'KE' },
    purpose: 'Z',
    securityStamp: 'KWS 0042117',
    lineItems: [{ taxonId: null, scientificName: 'Python sebae', appendix: 'II', source: 'C', term: 'LIV', quantity, unit: null }],
  };
}

/** A fresh browser (a new tablet) where the inspector signs in for the first time and opens "Check a permit". */
async function inspectorOnCheckScreen(username: string, password: string): Promise<{ page: Page; pageErrors: string[] }> {
  context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow', viewport: { width: 600, height: 960 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${hq.url}/`);
  await page.waitForSelector('html[data-ready="true"]');
  await firstSignIn(page, username, password, oneTimePasswords[username]);
  await page.getByRole('link', { name: 'Check a permit' }).click();
  return { page, pageErrors };
}

async function verifyPasted(page: Page, qrText: string) {
  await page.getByLabel('QR text (starts with HB1:)').fill(qrText);
  await page.getByRole('button', { name: 'Verify the text' }).click();
  const panel = page.getByTestId('verdict-panel');
  await panel.waitFor();
  return panel;
}

function findings(panel: Locator): Promise<(string | null)[]> {
  return panel.locator('[data-code]').evaluateAll((items) => items.filter((item) => item.closest('[data-testid="verdict-findings"]') !== null).map((item) => item.getAttribute('data-code')));
}

it('verifies a permit QR offline from its text and from an image, and refuses a forged one', async () => {
  const approver = await theApprover();
  const genuine = await encodePermitQr(issuedClaims(approver.deviceCode, 2), approver.signer);
  // The same kid, the quantity raised, signed without the approver's key: what a forger can make.
  const forged = await encodePermitQr(issuedClaims(approver.deviceCode, 20), { seed: generateEd25519Seed(), kid: approver.signer.kid });

  const { page, pageErrors } = await inspectorOnCheckScreen('imani', 'Samburu-under-acacias');
  await page.getByTestId('trust-lists-note').getByText('they arrive with sync', { exact: false }).waitFor();

  // Genuine: every check that can be made offline passes. Core's verdict is amber, not green, while no status
  // list is held (status.unavailable, a warning): status lists come with sync.
  let panel = await verifyPasted(page, genuine);
  expect(await findings(panel)).toEqual(['status.unavailable']);
  expect(await panel.getAttribute('data-verdict')).toBe('warning');
  expect(await panel.getByTestId('inspect-claims').textContent()).toContain('Zoo de Lyon');
  await panel.getByRole('button', { name: 'Check another permit' }).click();

  // Forged: red, with the signature reason.
  panel = await verifyPasted(page, forged);
  expect(await panel.getAttribute('data-verdict')).toBe('invalid');
  expect(await panel.getByRole('heading', { level: 2 }).textContent()).toBe('✗ Not valid');
  expect(await panel.locator('[data-code="verify.signature"]').count()).toBe(1);
  await panel.getByRole('button', { name: 'Check another permit' }).click();

  // A picture of the genuine QR, read by the app's scanner.
  const png = await QRCode.toBuffer(genuine, { errorCorrectionLevel: 'M', margin: 4, scale: 6 });
  await page.getByLabel('Photo or scan of the QR code').setInputFiles({ name: 'permit-qr.png', mimeType: 'image/png', buffer: png });
  panel = page.getByTestId('verdict-panel');
  await panel.waitFor();
  expect(await findings(panel)).toEqual(['status.unavailable']);
  expect(await panel.getByTestId('inspect-claims').textContent()).toContain(issuedClaims(approver.deviceCode, 2).number);
  expect(pageErrors).toEqual([]);
});

it('endorses the export of a genuine permit (box 14); the same QR then says already endorsed, where and by whom', async () => {
  const approver = await theApprover();
  const genuine = await encodePermitQr(issuedClaims(approver.deviceCode, 3), approver.signer);

  const { page, pageErrors } = await inspectorOnCheckScreen('eli', 'Tana-delta-at-noon');

  let panel = await verifyPasted(page, genuine);
  expect(await panel.getAttribute('data-verdict')).toBe('warning');
  const form = panel.getByTestId('endorsement-form');
  expect(await form.textContent()).toContain('Permitted: 3 (number of specimens)');
  // More than the permit allows: refused in words, nothing recorded.
  await form.getByLabel('Quantity actually exported, line item A').fill('5');
  await form.getByLabel('Port of export').fill('Mombasa');
  await form.getByRole('button', { name: 'Endorse and sign' }).click();
  await form.getByText('This is more than the permitted 3 (number of specimens)', { exact: false }).waitFor();
  expect(await panel.getAttribute('data-verdict')).toBe('warning');

  await form.getByLabel('Quantity actually exported, line item A').fill('3');
  await form.getByLabel('Bill of lading or air waybill number (optional)').fill('MSKU 1234567');
  await form.getByRole('button', { name: 'Endorse and sign' }).click();
  await panel.getByTestId('endorsement-recorded').waitFor();
  await page.locator('[data-testid="verdict-panel"][data-verdict="invalid"]').waitFor();
  expect(await findings(panel)).toContain('status.endorsed');
  expect(await panel.getByTestId('endorsement-form').count()).toBe(0);

  // The next scan of the same QR on this tablet: red, already endorsed, with when, where and by whom.
  await panel.getByRole('button', { name: 'Check another permit' }).click();
  panel = await verifyPasted(page, genuine);
  expect(await panel.getAttribute('data-verdict')).toBe('invalid');
  const endorsed = (await panel.locator('[data-code="status.endorsed"]').textContent()) ?? '';
  expect(endorsed).toContain('already endorsed on');
  expect(endorsed).toContain('at Mombasa by Officer eli');
  expect(pageErrors).toEqual([]);
});
