// A field tablet in an end-to-end test: its own browser context (its own IndexedDB, service worker and
// network switch), with every page error and console error kept for the test to assert on or to report.
import type { Browser, BrowserContext, Page } from 'playwright-core';

export interface Tablet {
  readonly name: string;
  readonly context: BrowserContext;
  readonly page: Page;
  /** Uncaught exceptions in the page (`pageerror`). */
  readonly pageErrors: string[];
  /** The page's console errors, for the report when a step fails. */
  readonly consoleErrors: string[];
}

/** A 7-inch tablet held upright, the app loaded from HQ and ready, its service worker installed. */
export async function openTablet(browser: Browser, name: string, url: string): Promise<Tablet> {
  const context = await browser.newContext({ locale: 'en-GB', serviceWorkers: 'allow', viewport: { width: 600, height: 960 }, hasTouch: true });
  const page = await context.newPage();
  const pageErrors: string[] = [];
  const consoleErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(`${name}: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(`${name}: ${message.text()}`);
  });
  await page.goto(`${url}/`);
  await page.waitForSelector('html[data-ready="true"]');
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return { name, context, page, pageErrors, consoleErrors };
}

/** The code in the enrolment screen's "Device code: …" line. */
export function deviceCodeIn(text: string): string {
  const code = /Device code: (\S+)/.exec(text)?.[1];
  if (code === undefined) throw new Error(`no device code in "${text}"`);
  return code;
}

export async function signOut(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Sign out' }).click();
  await page.getByRole('heading', { name: 'Sign in', exact: true }).waitFor();
}

/** The Sync screen's facts, as one line for an error message. */
async function syncFacts(page: Page): Promise<string> {
  const facts = await page.locator('.sync-facts').textContent().catch(() => null);
  return `${facts ?? '(no sync facts on screen)'} | indicator: ${(await page.getByTestId('sync-status').textContent().catch(() => null)) ?? '(none)'}`;
}

export interface SyncedState {
  readonly pending: number;
  /** "Size of HQ's log last verified": the tree size of the newest checkpoint the device verified. */
  readonly checkpointSize: number;
}

/**
 * Opens the Sync screen from the header's indicator, presses "Sync now" and waits, on what the screen shows,
 * for a run to have ended with nothing pending, no error, and a verified checkpoint of at least
 * `checkpointAtLeast` entries (a pull-only run is only visible there).
 */
export async function syncNow(tablet: Tablet, checkpointAtLeast = 1): Promise<SyncedState> {
  const { page } = tablet;
  await page.getByTestId('sync-status').click();
  await page.getByRole('heading', { name: 'Sync with HQ' }).waitFor();
  // Disabled while a run (e.g. the one the `online` event started) is on: the click waits for it to end.
  await page.getByRole('button', { name: 'Sync now' }).click();
  try {
    await page.waitForFunction(
      (least) => {
        const text = (id: string) => document.querySelector(`[data-testid="${id}"]`)?.textContent ?? '';
        const button = [...document.querySelectorAll('button')].find((candidate) => candidate.textContent === 'Sync now');
        const size = Number(/(\d+) records/.exec(text('sync-checkpoint'))?.[1] ?? '0');
        return button !== undefined && !button.disabled && text('sync-pending') === '0' && text('sync-last-error') === 'None' && text('sync-last-success') !== 'Never' && size >= least;
      },
      checkpointAtLeast,
      { timeout: 20_000 },
    );
  } catch (error) {
    throw new Error(`${tablet.name}: sync did not end cleanly (checkpoint ≥ ${checkpointAtLeast} awaited): ${await syncFacts(page)}`, { cause: error });
  }
  const pending = Number(await page.getByTestId('sync-pending').textContent());
  const checkpointSize = Number(/(\d+) records/.exec((await page.getByTestId('sync-checkpoint').textContent()) ?? '')?.[1]);
  return { pending, checkpointSize };
}
