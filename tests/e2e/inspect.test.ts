// The inspector's screen against real HQ-issued certificates. The approver's device is enrolled from Node with
// the app's own HQ client and core's enrolment proof (the same requests the sign-in makes), which leaves its
// device key in the test's hands to sign a permit QR with core's encodePermitQr; then the inspector enrols
// through the real sign-in in Chromium, so the trust list the browser holds lists the approver's certificate.
import { afterAll, afterEach, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import QRCode from 'qrcode';
import { changeHqPassword, enrolDeviceKey, requestEnrolmentChallenge, startHqSession, type Fetch } from '../../src/app/auth/hq-api.ts';
import { parseBase64, toBase64 } from '../../src/core/crypto/base64.ts';
import { ed25519PublicKey, ed25519Sign, generateEd25519Seed } from '../../src/core/crypto/ed25519.ts';
import { calendarDateSchema } from '../../src/core/permit/calendar-date.ts';
import { formatPermitNumber } from '../../src/core/permit/permit-number.ts';
import type { PermitClaims } from '../../src/core/qr/permit-claims.ts';
import { encodePermitQr, type PermitQrSigner } from '../../src/core/qr/encode-permit-qr.ts';
import { enrolmentProofMessage } from '../../src/core/trust/enrolment-proof.ts';
import { verifyKeyCertificate } from '../../src/core/trust/key-certificate.ts';
import { launchChromium } from '../support/chromium.ts';
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

/** fetch against HQ that keeps the session cookie, as the browser would. */
function hqFetch(baseUrl: string): Fetch {
  let cookie = '';
  return async (input, init) => {
    const headers = new Headers(init?.headers);
    if (cookie !== '') headers.set('cookie', cookie);
    const response = await fetch(`${baseUrl}${String(input)}`, { ...init, headers });
    const set = response.headers.get('set-cookie');
    if (set !== null) cookie = set.split(';')[0] ?? '';
    return response;
  };
}

interface EnrolledApprover {
  readonly signer: PermitQrSigner;
  readonly deviceCode: string;
}

/** The approver's device enrolled at HQ from Node; its approver certificate's kid with the device key. */
async function enrolApprover(): Promise<EnrolledApprover> {
  const fetchFn = hqFetch(hq.url);
  const oneTimePassword = oneTimePasswords['dalia'] ?? '';
  const session = await startHqSession(fetchFn, 'dalia', oneTimePassword);
  if (session.user.mustChangePassword) await changeHqPassword(fetchFn, oneTimePassword, 'Amboseli-before-the-rain');
  const seed = generateEd25519Seed();
  const publicKey = await ed25519PublicKey(seed);
  const challenge = await requestEnrolmentChallenge(fetchFn);
  const nonce = parseBase64(challenge.nonce) ?? new Uint8Array();
  const proof = await ed25519Sign(seed, enrolmentProofMessage({ party: challenge.party, user: session.user.id, publicKey, nonce }));
  const answer = await enrolDeviceKey(fetchFn, { publicKey: toBase64(publicKey), nonce: challenge.nonce, proof: toBase64(proof) });
  const rootKey = parseBase64(answer.authority.rootPublicKey) ?? new Uint8Array();
  for (const signed of answer.certificates) {
    const certificate = await verifyKeyCertificate(parseBase64(signed) ?? new Uint8Array(), rootKey);
    if (certificate.ok && certificate.value.role === 'approver') return { signer: { seed, kid: certificate.value.kid }, deviceCode: answer.device.code };
  }
  throw new Error('HQ issued no approver certificate');
}

function issuedClaims(deviceCode: string, quantity: number): PermitClaims {
  const today = new Date();
  const number = formatPermitNumber({ party: 'KE', year: today.getUTCFullYear(), device: deviceCode, sequence: 42 });
  if (!number.ok) throw new Error(number.error.message.en);
  const until = new Date(today.getTime() + 90 * 86_400_000);
  return {
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
  const approver = await enrolApprover();
  const genuine = await encodePermitQr(issuedClaims(approver.deviceCode, 2), approver.signer);
  // The same kid, the quantity raised, signed without the approver's key: what a forger can make.
  const forged = await encodePermitQr(issuedClaims(approver.deviceCode, 20), { seed: generateEd25519Seed(), kid: approver.signer.kid });

  context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow', viewport: { width: 600, height: 960 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${hq.url}/`);
  await page.waitForSelector('html[data-ready="true"]');
  await firstSignIn(page, 'imani', 'Samburu-under-acacias', oneTimePasswords['imani']);
  await page.getByRole('link', { name: 'Check a permit' }).click();
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
