// `hornbill log verify`, run as the real child process on device log exports built here.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseBase64, toBase64 } from '../../src/core/crypto/base64.ts';
import { ed25519PublicKey } from '../../src/core/crypto/ed25519.ts';
import { encodeDeviceLogExport } from '../../src/core/log/device-log-export.ts';
import { rootKeyFingerprint } from '../../src/core/trust/fingerprint.ts';
import { signTrustList } from '../../src/core/trust/trust-list.ts';
import { certifiedOfficer, signedChain, T0 } from '../core/log/audit-log-fixtures.ts';
import { runCli } from '../support/run-cli.ts';

const rootSeed = new Uint8Array(32).fill(0x42);
const { certificate, holder } = await certifiedOfficer(rootSeed, new Uint8Array(32).fill(0x17));
const chain = await signedChain(holder, 4);
const trustList = await signTrustList(rootSeed, { party: 'KE', version: 1, issuedAt: T0, certificates: [certificate], revocations: [] });
const fingerprint = rootKeyFingerprint(await ed25519PublicKey(rootSeed));
const otherFingerprint = rootKeyFingerprint(await ed25519PublicKey(new Uint8Array(32).fill(0x43)));

function exportText(withTrustList: boolean, entries = chain.map((entry) => entry.bytes)): string {
  const last = chain[entries.length - 1];
  return encodeDeviceLogExport({
    device: 'T3F',
    exportedAt: T0 + 3_600_000,
    head: last === undefined ? null : { seq: entries.length - 1, id: last.id },
    certificates: [certificate.signed],
    trustList: withTrustList ? trustList : null,
    entries,
  });
}

interface Report {
  valid: boolean;
  entries: number;
  firstBadIndex?: number;
  reason?: string;
}

let scratch: string;
let trustFile: string;
let plainLog: string;
let logWithTrustList: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-cli-log-'));
  trustFile = path.join(scratch, 'trust-list.cose');
  await writeFile(trustFile, trustList);
  plainLog = await scratchFile('device.jsonl', exportText(false));
  logWithTrustList = await scratchFile('device-with-trust.jsonl', exportText(true));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function scratchFile(name: string, text: string): Promise<string> {
  const file = path.join(scratch, name);
  await writeFile(file, text);
  return file;
}

describe('hornbill log verify', () => {
  it('reports a genuine log valid with the authority’s trust list, exit 0', async () => {
    const result = await runCli(['log', 'verify', plainLog, '--trust', trustFile]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, entries: 4 });
  });

  it('uses the export’s own trust list when --root-fingerprint pins its root', async () => {
    const result = await runCli(['log', 'verify', logWithTrustList, '--root-fingerprint', fingerprint]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toEqual({ valid: true, entries: 4 });
    const compact = await runCli(['log', 'verify', logWithTrustList, '--root-fingerprint', fingerprint.replace(/ /g, '').toLowerCase()]);
    expect(compact.code).toBe(0);
  });

  it('reports a log under another root invalid, exit 1', async () => {
    const result = await runCli(['log', 'verify', logWithTrustList, '--root-fingerprint', otherFingerprint]);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toEqual({ valid: false, entries: 4, reason: expect.stringContaining('root key') as unknown });
  });

  it('names the first bad entry of a bit-flipped log, exit 1', async () => {
    const lines = exportText(false).split('\n');
    const entry = parseBase64(lines[3] ?? '');
    if (entry === undefined) throw new Error('fixture');
    entry[100] = (entry[100] ?? 0) ^ 0x04;
    lines[3] = toBase64(entry);
    const file = await scratchFile('flipped.jsonl', lines.join('\n'));
    const result = await runCli(['log', 'verify', file, '--trust', trustFile]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(report).toMatchObject({ valid: false, entries: 4, firstBadIndex: 2 });
    expect(report.reason).toMatch(/^(signature\.invalid|entry\.\S+): .*\(line 4\)$/);
  });

  it('exits 2 with one line on stderr for a truncated file, a file that is not JSON Lines, or a missing one', async () => {
    const text = exportText(false);
    const cutMidLine = await scratchFile('cut.jsonl', text.slice(0, text.length - 20));
    const lastLineGone = await scratchFile('short.jsonl', text.split('\n').slice(0, -2).join('\n') + '\n');
    const notJsonLines = await scratchFile('not.jsonl', 'format,device\nhornbill-device-log,T3F\n');
    for (const [file, message] of [
      [cutMidLine, /cut short/],
      [lastLineGone, /announces 4 entries, the file holds 3/],
      [notJsonLines, /line 1 is not a JSON header/],
      [path.join(scratch, 'absent.jsonl'), /absent\.jsonl: ENOENT/],
    ] as const) {
      const result = await runCli(['log', 'verify', file, '--trust', trustFile]);
      expect(result.code).toBe(2);
      expect(result.stdout).toBe('');
      expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(message);
    }
  });

  it('exits 2 when no root key is pinned, or the trust list is unusable', async () => {
    const noTrust = await runCli(['log', 'verify', plainLog]);
    expect(noTrust.code).toBe(2);
    expect(noTrust.stderr).toMatch(/no trust list: give the authority’s with --trust FILE/);
    const unpinned = await runCli(['log', 'verify', logWithTrustList]);
    expect(unpinned.code).toBe(2);
    expect(unpinned.stderr).toMatch(/--root-fingerprint/);
    const notATrustList = await runCli(['log', 'verify', plainLog, '--trust', plainLog]);
    expect(notATrustList.code).toBe(2);
    const wrongRoot = await runCli(['log', 'verify', plainLog, '--trust', trustFile, '--root-fingerprint', otherFingerprint]);
    expect(wrongRoot.code).toBe(2);
  });

  it('exits 2 on a bad command line', async () => {
    expect((await runCli(['log', 'verify'])).code).toBe(2);
    expect((await runCli(['log', 'check', plainLog])).code).toBe(2);
    expect((await runCli(['log', 'verify', plainLog, '--root-fingerprint', 'ABCD'])).code).toBe(2);
  });
});
