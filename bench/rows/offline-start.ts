import { createServer, type Server } from 'node:http';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../../tests/support/chromium.ts';
import { startHq } from '../../tests/support/hq-process.ts';
import { median, type BenchRow } from '../table.ts';

const cpuSlowdown = 4;

async function launchProfile(profileDir: string): Promise<BrowserContext> {
  return chromium.launchPersistentContext(profileDir, { executablePath: chromiumExecutable, args: chromiumArgs, headless: true });
}

/** Navigates under CPU throttling and returns the time from navigation start to the shell-ready mark. */
async function timeToShellReady(context: BrowserContext, url: string, offline: boolean): Promise<number> {
  const page = context.pages()[0] ?? (await context.newPage());
  await context.setOffline(offline);
  const cdp = await context.newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(url);
  await page.waitForFunction(() => performance.getEntriesByName('hornbill:shell-ready').length > 0);
  return page.evaluate(() => performance.getEntriesByName('hornbill:shell-ready')[0]?.startTime ?? NaN);
}

/** Runs `use` with a throwaway Chromium profile directory, removed afterwards. */
async function withTempProfile<T>(use: (profileDir: string) => Promise<T>): Promise<T> {
  const profile = mkdtempSync(join(tmpdir(), 'hornbill-bench-profile-'));
  try {
    return await use(profile);
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
}

/** Cold start: a fresh browser process on a profile whose service worker was installed by an earlier visit. */
function coldOfflineStart(url: string): Promise<number> {
  return withTempProfile(async (profile) => {
    const first = await launchProfile(profile);
    const page = first.pages()[0] ?? (await first.newPage());
    await page.goto(url);
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await first.close();
    const second = await launchProfile(profile);
    const ms = await timeToShellReady(second, url, true);
    await second.close();
    return ms;
  });
}

const contentTypes: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };

function serveDirectory(dir: string): Promise<{ server: Server; url: string }> {
  const server = createServer((request, response) => {
    const path = request.url === '/' ? '/index.html' : (request.url ?? '/');
    try {
      const body = readFileSync(join(dir, path));
      response.writeHead(200, { 'content-type': contentTypes[extname(path)] ?? 'application/octet-stream' }).end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      resolve({ server, url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/` });
    }),
  );
}

function coldOnlineStart(url: string): Promise<number> {
  return withTempProfile(async (profile) => {
    const context = await launchProfile(profile);
    const ms = await timeToShellReady(context, url, false);
    await context.close();
    return ms;
  });
}

export async function offlineStartRows(baselineDir: string, runs: number): Promise<BenchRow[]> {
  const hq = await startHq();
  const baseline = await serveDirectory(baselineDir);
  try {
    const app: number[] = [];
    const hello: number[] = [];
    for (let run = 0; run < runs; run++) {
      app.push(await coldOfflineStart(`${hq.url}/`));
      hello.push(await coldOnlineStart(baseline.url));
    }
    return [
      {
        figure: `offline cold start to usable shell (${cpuSlowdown}× CPU slowdown, median of ${runs})`,
        value: median(app),
        unit: 'ms',
        budget: { max: 1500 },
        baseline: { label: 'React hello world, online, same throttling', value: median(hello) },
        note: `runs: ${app.map((ms) => ms.toFixed(0)).join(', ')} ms; baseline runs: ${hello.map((ms) => ms.toFixed(0)).join(', ')} ms`,
      },
    ];
  } finally {
    baseline.server.close();
    await hq.stop();
  }
}
