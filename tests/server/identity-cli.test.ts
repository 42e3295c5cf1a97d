import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signTrustList } from '../../src/core/trust/trust-list.ts';
import { startHttpSink } from '../support/http-sink.ts';
import { cliEnvironment, runCli, spawnCli } from '../support/run-cli.ts';

const passphrase = 'acacia-thorn-river-crossing';
let scratch: string;
let env: Record<string, string>;

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-identity-cli-'));
  env = cliEnvironment({ DATA_DIR: path.join(scratch, 'data'), HORNBILL_ROOT_PASSPHRASE: passphrase });
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

function expectNoSecrets(result: { stdout: string; stderr: string }): void {
  expect(result.stdout + result.stderr).not.toContain(passphrase);
}

async function foreignList(party: string, version: number, seedByte: number): Promise<string> {
  const file = path.join(scratch, `${party}-${version}-${seedByte}.cbor`);
  await writeFile(file, await signTrustList(new Uint8Array(32).fill(seedByte), { party, version, issuedAt: Date.UTC(2026, 0, 1), certificates: [], revocations: [] }));
  return file;
}

// One authority for the whole file: each step builds on the previous one, like an operator's session.
describe('hornbill authority, user, trust and notices commands (SQLite)', () => {
  it('refuses init without a passphrase when there is no terminal', async () => {
    const result = await runCli(['authority', 'init', '--party', 'KE', '--name', 'KWS'], cliEnvironment({ DATA_DIR: path.join(scratch, 'nopass') }));
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('hornbill: HORNBILL_ROOT_PASSPHRASE: not set, and there is no terminal to ask for it on\n');
  });

  it('initialises the authority once, printing the fingerprint and a one-time password', async () => {
    const result = await runCli(['authority', 'init', '--party', 'KE', '--name', 'Kenya Wildlife Service'], env);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Root key fingerprint .*\n {2}[0-9A-F]{4}( [0-9A-F]{4}){15}\n/);
    expect(result.stdout).toMatch(/One-time password \(shown once; it must be changed at first sign-in\): [a-z2-9]{5}(-[a-z2-9]{5}){3}\n/);
    expectNoSecrets(result);
    const again = await runCli(['authority', 'init', '--party', 'KE', '--name', 'Kenya Wildlife Service'], env);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe('hornbill: this HQ already has an authority: init runs only once\n');
  });

  it('adds, lists and removes users', async () => {
    const added = await runCli(['user', 'add', '--username', 'wambui', '--name', 'Wambui Njoroge', '--roles', 'officer,approver', '--office', 'Nairobi'], env);
    expect(added.code).toBe(0);
    expect(added.stdout).toMatch(/^User wambui added \(id [0-9a-f-]{36}, roles approver,officer\)\.\nOne-time password .*: [a-z2-9-]{23}\n$/);
    const bad = await runCli(['user', 'add', '--username', 'x', '--name', 'X', '--roles', 'king'], env);
    expect(bad.code).toBe(2);

    const listed = await runCli(['user', 'list'], env);
    const users = listed.stdout.trim().split('\n').map((line) => JSON.parse(line) as { username: string; removedAt: string | null });
    expect(users.map((user) => user.username)).toEqual(['admin', 'wambui']);
    expect(listed.stdout).not.toContain('pbkdf2');

    const removed = await runCli(['user', 'remove', 'wambui', '--reason', 'transferred'], env);
    expect(removed.stderr).toBe('');
    expect(removed.stdout).toMatch(/^User wambui removed: 0 key\(s\) revoked, sessions ended, trust list version 2 published, notice [0-9a-f-]{36} queued/);
    expectNoSecrets(removed);
    const twice = await runCli(['user', 'remove', 'wambui'], env);
    expect(twice).toMatchObject({ code: 1, stderr: "hornbill: user 'wambui' was removed already\n" });
    const wrongPassphrase = await runCli(['user', 'remove', 'admin'], { ...env, HORNBILL_ROOT_PASSPHRASE: 'not-the-passphrase' });
    expect(wrongPassphrase).toMatchObject({ code: 1, stderr: 'hornbill: the root key passphrase is wrong (or the stored key was altered)\n' });
  });

  it('exports notices signed by the root key', async () => {
    const out = path.join(scratch, 'notices.json');
    const result = await runCli(['notices', 'export', '--out', out], env);
    expect(result).toMatchObject({ code: 0, stdout: `Wrote 1 notice(s) to ${out}\n` });
    const document = JSON.parse(await readFile(out, 'utf8')) as { party: string; notices: { kind: string; coseSign1: string }[] };
    expect(document.party).toBe('KE');
    expect(document.notices.map((notice) => notice.kind)).toEqual(['user-removed']);
  });

  it('delivers the queued notice to the webhook, and says what to set when nothing is configured', async () => {
    const unconfigured = await runCli(['notices', 'deliver'], env);
    expect(unconfigured).toMatchObject({ code: 1, stderr: 'hornbill: NOTICE_WEBHOOK_URL: set it, or SMTP_URL and NOTICE_EMAIL_TO, to deliver notices\n' });
    const sink = await startHttpSink();
    try {
      sink.statuses.push(500);
      const failed = await runCli(['notices', 'deliver'], { ...env, NOTICE_WEBHOOK_URL: sink.url });
      expect(failed.code).toBe(1);
      expect(failed.stdout).toMatch(/^Not delivered: user-removed notice [0-9a-f-]{36}: webhook: answered HTTP 500 \(next attempt at .*\)\n0 delivered, 1 failed\n$/);
      const delivered = await runCli(['notices', 'deliver'], { ...env, NOTICE_WEBHOOK_URL: sink.url });
      expect(delivered).toMatchObject({ code: 0, stderr: '' });
      expect(delivered.stdout).toMatch(/^Delivered user-removed notice [0-9a-f-]{36}\n1 delivered, 0 failed\n$/);
      expect(sink.received).toHaveLength(2);
    } finally {
      await sink.close();
    }
  });

  it('exports the trust list, shows it verified, and refuses a tampered copy with the reason', async () => {
    const out = path.join(scratch, 'ke-trust.cbor');
    const exported = await runCli(['trust', 'export', '--out', out], env);
    expect(exported.code).toBe(0);
    expect(exported.stdout).toMatch(/^Wrote trust list version 2 to /);
    const shown = await runCli(['trust', 'show', out], env);
    expect(shown.code).toBe(0);
    expect(JSON.parse(shown.stdout)).toMatchObject({ party: 'KE', version: 2, certificates: [], revocations: [] });

    const bytes = await readFile(out);
    bytes[bytes.length - 5] = (bytes[bytes.length - 5] ?? 0) ^ 0x01;
    const tampered = path.join(scratch, 'tampered.cbor');
    await writeFile(tampered, bytes);
    const refused = await runCli(['trust', 'show', tampered], env);
    expect(refused).toMatchObject({ code: 1, stdout: '', stderr: `hornbill: ${tampered}: trust list: the root key signature does not verify\n` });
  });

  it('imports another Party\'s list with --yes, refuses without a terminal, and refuses its own Party', async () => {
    const uganda = await foreignList('UG', 1, 11);
    const unconfirmed = await runCli(['trust', 'import', uganda], env);
    expect(unconfirmed.code).toBe(1);
    expect(unconfirmed.stdout).toMatch(/Root key fingerprint: [0-9A-F]{4}( [0-9A-F]{4}){15}\n/);
    expect(unconfirmed.stderr).toContain('re-run with --yes');
    const tamperedBytes = await readFile(uganda);
    tamperedBytes[20] = (tamperedBytes[20] ?? 0) ^ 0x01;
    const tampered = path.join(scratch, 'ug-tampered.cbor');
    await writeFile(tampered, tamperedBytes);
    const refused = await runCli(['trust', 'import', tampered, '--yes'], env);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(new RegExp(`^hornbill: ${tampered}: trust list: `));
    const imported = await runCli(['trust', 'import', uganda, '--yes'], env);
    expect(imported).toMatchObject({ code: 0 });
    expect(imported.stdout).toContain('Imported UG trust list version 1.');
    const replay = await runCli(['trust', 'import', uganda, '--yes'], env);
    expect(replay.stderr).toContain('version 1 is not newer than the stored version 1');
    const otherKey = await runCli(['trust', 'import', await foreignList('UG', 2, 12), '--yes'], env);
    expect(otherKey.stderr).toContain('root key differs from the one imported before');
    const own = await runCli(['trust', 'import', await foreignList('KE', 9, 13), '--yes'], env);
    expect(own.stderr).toContain('the Party of this HQ');
  });

  it('lists the new commands and HORNBILL_ROOT_PASSPHRASE in --help, and rejects bad usage with exit 2', async () => {
    const help = await runCli(['--help']);
    for (const word of ['authority', 'user', 'trust', 'notices', 'HORNBILL_ROOT_PASSPHRASE']) expect(help.stdout).toContain(word);
    for (const args of [['user'], ['user', 'remove'], ['trust', 'show'], ['authority', 'init', '--party', 'KE'], ['trust', 'export']]) {
      expect((await runCli(args, env)).code, args.join(' ')).toBe(2);
    }
  });
});

describe('hornbill serve with an authority', () => {
  it('delivers a queued notice to the webhook from the server process', async () => {
    const added = await runCli(['user', 'add', '--username', 'kiprop', '--name', 'Kiprop Rono', '--roles', 'inspector'], env);
    expect(added.code).toBe(0);
    expect((await runCli(['user', 'remove', 'kiprop', '--reason', 'left the service'], env)).code).toBe(0);
    const sink = await startHttpSink();
    const running = spawnCli(['serve'], { ...env, PORT: '0', NOTICE_WEBHOOK_URL: sink.url });
    try {
      const request = await sink.nextRequest();
      expect(request.headers['hornbill-notice-kind']).toBe('user-removed');
      expect(request.body.length).toBeGreaterThan(64);
    } finally {
      running.child.kill('SIGTERM');
      await running.exited;
      await sink.close();
    }
  });

  it('refuses to start with a wrong root key passphrase, naming the setting and not echoing it', async () => {
    const result = await runCli(['serve'], { ...env, PORT: '0', HORNBILL_ROOT_PASSPHRASE: 'a-wrong-passphrase-here' });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('hornbill: HORNBILL_ROOT_PASSPHRASE: the root key passphrase is wrong (or the stored key was altered)\n');
    expect(result.stderr).not.toContain('a-wrong-passphrase-here');
  });
});
