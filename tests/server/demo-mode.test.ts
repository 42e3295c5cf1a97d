import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliEnvironment, spawnCli, type RunningCli } from '../support/run-cli.ts';

/** Resolves with everything serve printed once `marker` appears; rejects if it exits first. */
function outputUntil(running: RunningCli, marker: string): Promise<string> {
  return new Promise((resolve, reject) => {
    let seen = '';
    running.child.stdout?.on('data', (chunk: string) => {
      seen += chunk;
      if (seen.includes(marker)) resolve(seen);
    });
    void running.exited.then((result) => reject(new Error(`serve exited (${String(result.code)}) before printing '${marker}': ${result.stdout}${result.stderr}`)));
  });
}

async function stop(running: RunningCli): Promise<string> {
  running.child.kill('SIGTERM');
  const result = await running.exited;
  expect(result.code).toBe(0);
  return result.stdout + result.stderr;
}

async function signIn(url: string, username: string, password: string): Promise<Response> {
  return fetch(`${url}/api/v1/session`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ username, password }) });
}

describe('hornbill serve --demo', () => {
  let scratch: string;
  beforeAll(async () => {
    scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-demo-'));
  });
  afterAll(() => rm(scratch, { recursive: true, force: true }));

  it('creates a demo authority with sample permits on an empty DATA_DIR, prints the credentials once, and reuses it later', async () => {
    const dataDir = path.join(scratch, 'empty');
    const env = cliEnvironment({ DATA_DIR: dataDir, PORT: '0' });
    const first = spawnCli(['serve', '--demo'], env);
    const printed = await outputUntil(first, 'These credentials are shown once');
    const url = /listening on (http:\/\/\S+)/.exec(printed)?.[1] ?? '';
    const passwords = new Map([...printed.matchAll(/^ {2}(\S+) +(\S+) {2}\((\w+)\)$/gm)].map((match) => [match[1] ?? '', match[2] ?? '']));
    expect([...passwords.keys()].sort()).toEqual(['admin', 'approver', 'inspector', 'officer']);
    expect(printed).toContain('WARNING: demo mode');
    expect(printed).toContain(`Sign in at ${url} with:`);

    expect(printed).toContain('Demo data: 9 sample permits, one in each state (draft, requested, processed, approved, issued, endorsed, cancelled, replaced, rejected), signed by 3 demo tablets.');

    const admin = await signIn(url, 'admin', passwords.get('admin') ?? '');
    expect(admin.status).toBe(200);
    expect(await admin.json()).toMatchObject({ user: { username: 'admin', roles: ['admin'], mustChangePassword: false } });
    const adminCookie = (admin.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const hqPermits = await fetch(`${url}/api/v1/hq/permits`, { headers: { cookie: adminCookie } });
    const { permits } = (await hqPermits.json()) as { permits: { status: string }[] };
    expect(permits.map((permit) => permit.status).sort()).toEqual(['approved', 'cancelled', 'draft', 'endorsed', 'issued', 'processed', 'rejected', 'replaced', 'requested']);
    const hqAlerts = await fetch(`${url}/api/v1/hq/alerts`, { headers: { cookie: adminCookie } });
    expect(((await hqAlerts.json()) as { alerts: unknown[] }).alerts).toEqual([]);
    const officer = await signIn(url, 'officer', passwords.get('officer') ?? '');
    const cookie = (officer.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
    const challenge = await fetch(`${url}/api/v1/devices/challenge`, { method: 'POST', headers: { cookie } });
    expect(challenge.status).toBe(200);
    await stop(first);

    for (const file of ['demo-credentials.txt', 'demo-root-passphrase']) expect((await stat(path.join(dataDir, file))).mode & 0o777).toBe(0o600);

    const second = spawnCli(['serve', '--demo'], env);
    const reminder = await outputUntil(second, 'Demo mode: the sign-in credentials are in');
    expect(reminder).toContain(path.join(dataDir, 'demo-credentials.txt'));
    expect(reminder).not.toContain('Demo data:');
    for (const password of passwords.values()) expect(reminder).not.toContain(password);
    const secondUrl = /listening on (http:\/\/\S+)/.exec(reminder)?.[1] ?? '';
    expect((await signIn(secondUrl, 'admin', passwords.get('admin') ?? '')).status).toBe(200);
    const users = await fetch(`${secondUrl}/api/v1/users`, { headers: { cookie: (await signIn(secondUrl, 'admin', passwords.get('admin') ?? '')).headers.get('set-cookie')?.split(';')[0] ?? '' } });
    expect(((await users.json()) as { users: unknown[] }).users).toHaveLength(4);
    const secondAdmin = (await signIn(secondUrl, 'admin', passwords.get('admin') ?? '')).headers.get('set-cookie')?.split(';')[0] ?? '';
    const permitsAgain = await fetch(`${secondUrl}/api/v1/hq/permits`, { headers: { cookie: secondAdmin } });
    expect(((await permitsAgain.json()) as { permits: unknown[] }).permits).toHaveLength(9);
    const output = await stop(second);
    for (const password of passwords.values()) expect(output).not.toContain(password);
  });

  it('creates nothing in a DATA_DIR that is not empty', async () => {
    const dataDir = path.join(scratch, 'used');
    await mkdir(dataDir);
    await writeFile(path.join(dataDir, 'notes.txt'), 'someone else’s file');
    const running = spawnCli(['serve', '--demo'], cliEnvironment({ DATA_DIR: dataDir, PORT: '0' }));
    const printed = await outputUntil(running, 'Demo mode off');
    expect(printed).toContain(`DATA_DIR (${dataDir}) is not empty, so no demo authority was created`);
    await stop(running);
  });
});
