// `hornbill permit print`, `hornbill qr verify` and `hornbill qr decode`, run as the real child process.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toBase64 } from '../../src/core/crypto/base64.ts';
import { toHex } from '../../src/core/crypto/bytes.ts';
import { signStatusList } from '../../src/core/trust/status-list.ts';
import { signTrustList } from '../../src/core/trust/trust-list.ts';
import { VALID_EXPORT_PATH } from '../core/permit/permit-fixture.ts';
import { deviceCertificate, KE_DEVICE_SEED, KE_ROOT_SEED, keCertificate, TZ_DEVICE_SEED, TZ_ROOT_SEED } from '../core/qr/verify-fixture.ts';
import { runCli } from '../support/run-cli.ts';

interface Verdict {
  verdict: string;
  reasons: { code: string; severity: string; message: string }[];
  permit: { number: string } | null;
  risk: { score: number };
}

let scratch: string;
const file = (name: string) => path.join(scratch, name);
let qr = '';

beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-cli-qr-'));
  const issuedAt = Date.UTC(2026, 10, 20);
  await writeFile(file('KE.cbor'), await signTrustList(KE_ROOT_SEED, { party: 'KE', version: 1, issuedAt, certificates: [keCertificate], revocations: [] }));
  const tzCertificate = await deviceCertificate('TZ', TZ_DEVICE_SEED, TZ_ROOT_SEED);
  await writeFile(file('TZ.cbor'), await signTrustList(TZ_ROOT_SEED, { party: 'TZ', version: 1, issuedAt, certificates: [tzCertificate], revocations: [] }));
  await writeFile(file('KE-status.cbor'), await signStatusList(KE_ROOT_SEED, { party: 'KE', version: 1, issuedAt, permits: [] }));
  const cancelled = { permitNumber: 'KE26-T3F-00042-O', status: 'cancelled' as const, at: Date.UTC(2026, 10, 22) };
  await writeFile(file('KE-status-cancelled.cbor'), await signStatusList(KE_ROOT_SEED, { party: 'KE', version: 2, issuedAt, permits: [cancelled] }));
  await writeFile(file('key.json'), JSON.stringify({ seed: toHex(KE_DEVICE_SEED), certificate: toBase64(keCertificate.signed) }));
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

describe('hornbill permit print', () => {
  it('writes the PDF of the example permit with its signed QR, exit 0', async () => {
    const result = await runCli(['permit', 'print', VALID_EXPORT_PATH, '--key', file('key.json'), '--out', file('permit.pdf'), '--lang', 'fr']);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as { out: string; pages: number; qr: string };
    expect(report).toMatchObject({ out: file('permit.pdf'), pages: 1 });
    expect(report.qr).toMatch(/^HB1:/);
    qr = report.qr;
    const pdf = await readFile(file('permit.pdf'));
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('refuses a key file whose seed is not the certificate’s key, exit 1', async () => {
    await writeFile(file('wrong-key.json'), JSON.stringify({ seed: toHex(TZ_DEVICE_SEED), certificate: toBase64(keCertificate.signed) }));
    const result = await runCli(['permit', 'print', VALID_EXPORT_PATH, '--key', file('wrong-key.json'), '--out', file('x.pdf')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/the seed does not belong/);
  });

  it('still runs permit validate', async () => {
    const result = await runCli(['permit', 'validate', VALID_EXPORT_PATH, '--at', '2026-11-26']);
    expect(result.code).toBe(0);
  });
});

describe('hornbill qr verify', () => {
  it('says valid with the own trust and status lists, exit 0', async () => {
    const result = await runCli(['qr', 'verify', qr, '--trust', file('KE.cbor'), '--status', file('KE-status.cbor')]);
    expect(result.stderr).toBe('');
    const verdict = JSON.parse(result.stdout) as Verdict;
    expect(verdict).toMatchObject({ verdict: 'valid', reasons: [], permit: { number: 'KE26-T3F-00042-O' } });
    expect(result.code).toBe(0);
  });

  it('says invalid for a cancelled permit, in the chosen language, exit 1', async () => {
    const result = await runCli(['qr', 'verify', qr, '--trust', file('KE.cbor'), '--status', file('KE-status-cancelled.cbor'), '--lang', 'es']);
    const verdict = JSON.parse(result.stdout) as Verdict;
    expect(verdict.verdict).toBe('invalid');
    expect(verdict.reasons).toEqual([{ code: 'status.cancelled', severity: 'error', message: 'La autoridad emisora anuló este permiso el 2026-11-22.' }]);
    expect(result.code).toBe(1);
  });

  it('warns when the lists are more than a day older than --at, exit 3', async () => {
    const at = new Date(Date.now() + 2 * 86_400_000).toISOString();
    const result = await runCli(['qr', 'verify', qr, '--trust', file('KE.cbor'), '--status', file('KE-status.cbor'), '--at', at]);
    expect((JSON.parse(result.stdout) as Verdict).reasons.map((reason) => reason.code)).toEqual(['lists.stale']);
    expect(result.code).toBe(3);
  });

  it('says the issuer is unknown (not forged) with only a foreign trust list, exit 1', async () => {
    const result = await runCli(['qr', 'verify', qr, '--trust', file('TZ.cbor')]);
    const verdict = JSON.parse(result.stdout) as Verdict;
    expect(verdict.reasons.map((reason) => reason.code)).toContain('verify.unknown-issuer');
    expect(verdict.reasons.map((reason) => reason.code)).not.toContain('verify.signature');
    expect(result.code).toBe(1);
  });

  it('refuses a status list that no given trust list signed, exit 2', async () => {
    const result = await runCli(['qr', 'verify', qr, '--trust', file('TZ.cbor'), '--status', file('KE-status.cbor')]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('KE-status.cbor: status list:');
  });

  it('needs --trust, exit 2', async () => {
    expect((await runCli(['qr', 'verify', qr])).code).toBe(2);
  });
});

describe('hornbill qr decode', () => {
  it('prints the claims without verifying, exit 0', async () => {
    const result = await runCli(['qr', 'decode', qr]);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout)).toMatchObject({ kid: toHex(keCertificate.kid), permit: { number: 'KE26-T3F-00042-O', issuingParty: 'KE' } });
  });

  it('names the stage where an undecodable QR breaks, exit 1', async () => {
    const result = await runCli(['qr', 'decode', 'HB1:!!!', '--lang', 'fr']);
    expect(result.code).toBe(1);
    expect(JSON.parse(result.stdout)).toMatchObject({ error: { code: 'qr.base45', message: expect.stringMatching(/Base45/) } });
    expect((await runCli(['qr', 'decode', 'HC1:ABC'])).code).toBe(1);
  });
});
