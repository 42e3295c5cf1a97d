// The inspector's camera, for real: Chromium's fake camera plays a video made from page 1 of a permit PDF
// (the app's own renderer, rasterised by poppler, cropped around the QR as a phone held over the paper would
// see it), and the app reads it through getUserMedia and zxing-wasm (Linux Chromium has no BarcodeDetector).
// The QR is signed with an approver's device key enrolled at HQ from Node, as in inspect.test.ts.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Browser, BrowserContext } from 'playwright-core';
import { calendarDateSchema } from '../../src/core/permit/calendar-date.ts';
import type { Permit } from '../../src/core/permit/model/permit.ts';
import { formatPermitNumber } from '../../src/core/permit/permit-number.ts';
import { FIRST_PAGE, PAGE } from '../../src/core/print/form-layout.ts';
import { renderPermitPdf } from '../../src/core/print/render-permit-pdf.ts';
import { permitClaimsFromPermit } from '../../src/core/qr/claims-from-permit.ts';
import { encodePermitQr } from '../../src/core/qr/encode-permit-qr.ts';
import { validExport } from '../core/permit/permit-fixture.ts';
import { launchChromium } from '../support/chromium.ts';
import { enrolDeviceFromNode } from '../support/enrolled-device.ts';
import type { RunningHq } from '../support/hq-process.ts';
import { startHqWithUsers } from '../support/hq-with-users.ts';
import { firstSignIn } from '../support/sign-in-page.ts';
import { greyY4m, parsePgm } from '../support/y4m.ts';

const run = promisify(execFile);

/** A 640×480 camera; at 200 dpi the 40 mm QR is about 315 px, two thirds of the frame's height. */
const FRAME = { width: 640, height: 480, dpi: 200 } as const;

let hq: RunningHq;
let browser: Browser;
let context: BrowserContext | undefined;
let scratch: string;
let oneTimePasswords: Readonly<Record<string, string>> = {};
let permitNumber: string;

/** The example permit as issued today on the approver's device. */
function issuedToday(deviceCode: string): Permit {
  const permit = validExport();
  const today = new Date();
  const number = formatPermitNumber({ party: 'KE', year: today.getUTCFullYear(), device: deviceCode, sequence: 42 });
  if (!number.ok) throw new Error(number.error.message.en);
  const until = new Date(today.getTime() + 90 * 86_400_000);
  const issuance = permit.issuance === null ? null : { ...permit.issuance, date: calendarDateSchema.parse(today.toISOString().slice(0, 10)) };
  return { ...permit, number: number.value, issuance, validUntil: calendarDateSchema.parse(until.toISOString().slice(0, 10)) };
}

/** Page 1 of the PDF at FRAME.dpi, grey, cropped to a camera frame around the QR (kept on the page). */
async function cameraViewOfPageOne(pdf: Uint8Array): Promise<Uint8Array> {
  const pdfFile = path.join(scratch, 'permit.pdf');
  await writeFile(pdfFile, pdf);
  const pixelsPerMm = FRAME.dpi / 25.4;
  const { qr } = FIRST_PAGE;
  const left = Math.min(Math.round((qr.x + qr.width / 2) * pixelsPerMm - FRAME.width / 2), Math.floor(PAGE.width * pixelsPerMm) - FRAME.width);
  const top = Math.max(0, Math.round((qr.y + qr.height / 2) * pixelsPerMm - FRAME.height / 2));
  const crop = ['-x', String(left), '-y', String(top), '-W', String(FRAME.width), '-H', String(FRAME.height)];
  await run('/usr/bin/pdftoppm', ['-r', String(FRAME.dpi), '-gray', '-f', '1', '-l', '1', '-singlefile', ...crop, pdfFile, path.join(scratch, 'view')]);
  return readFile(path.join(scratch, 'view.pgm'));
}

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-e2e-camera-'));
  const identity = await startHqWithUsers([
    { username: 'dalia', roles: ['approver'] },
    { username: 'imani', roles: ['inspector'] },
  ]);
  [hq, oneTimePasswords] = [identity.hq, identity.oneTimePasswords];
  const approver = await enrolDeviceFromNode(hq.url, 'dalia', oneTimePasswords['dalia'] ?? '', 'approver');
  const permit = issuedToday(approver.deviceCode);
  const claims = permitClaimsFromPermit(permit);
  if (!claims.ok) throw new Error(claims.error.detail);
  permitNumber = claims.value.number;
  const qrText = await encodePermitQr(claims.value, approver.signer);
  const pdf = renderPermitPdf(permit, { language: 'en', qrText, printedAt: Date.now() });
  const view = parsePgm(await cameraViewOfPageOne(pdf));
  expect([view.width, view.height]).toEqual([FRAME.width, FRAME.height]);
  const video = path.join(scratch, 'camera.y4m');
  await writeFile(video, greyY4m(view, 10, 10));
  browser = await launchChromium(['--use-fake-ui-for-media-stream', '--use-fake-device-for-media-stream', `--use-file-for-fake-video-capture=${video}`]);
});
afterAll(async () => {
  await context?.close();
  await browser?.close();
  await hq?.stop();
  await rm(scratch, { recursive: true, force: true });
});

it('reads the permit QR through the camera, with zxing-wasm, and shows the verdict for its permit number', async () => {
  context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow', viewport: { width: 600, height: 960 } });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  await page.goto(`${hq.url}/`);
  await page.waitForSelector('html[data-ready="true"]');
  await firstSignIn(page, 'imani', 'Samburu-under-acacias', oneTimePasswords['imani']);
  await page.getByRole('link', { name: 'Check a permit' }).click();

  // Keyboard only: the camera button is the screen's first control, pressed with Enter.
  const cameraButton = page.getByRole('button', { name: 'Scan with the camera' });
  await cameraButton.focus();
  await page.keyboard.press('Enter');
  await page.getByLabel('Camera view').waitFor();

  const panel = page.getByTestId('verdict-panel');
  await panel.waitFor({ timeout: 30_000 });
  expect(await panel.textContent()).toContain(permitNumber);
  expect(await page.locator('video').count()).toBe(0);

  // No BarcodeDetector on Linux Chromium: the frames were read by zxing-wasm, its .wasm fetched from the app.
  expect(await page.evaluate(() => typeof (globalThis as { BarcodeDetector?: unknown }).BarcodeDetector)).toBe('undefined');
  const wasmFetched = await page.evaluate(() => performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => name.endsWith('.wasm')));
  expect(wasmFetched).toEqual([expect.stringMatching(new RegExp(`^${hq.url}/assets/zxing_reader-.*\\.wasm$`))]);
  expect(pageErrors).toEqual([]);
});
