import { describe, expect, it } from 'vitest';
import { toBase64 } from '../../../src/core/crypto/base64.ts';
import { toHex } from '../../../src/core/crypto/bytes.ts';
import { decodeDeviceLogExport, encodeDeviceLogExport, type DeviceLogExport } from '../../../src/core/log/device-log-export.ts';
import { verifyDeviceLog } from '../../../src/core/log/verify-device-log.ts';
import { T0, lookupOf, signedChain, testHolder } from './audit-log-fixtures.ts';

const officer = await testHolder(1, 'T3F', 'wanjiru.k', 'officer');
const chain = await signedChain(officer, 3);
const last = chain[2];
if (last === undefined) throw new Error('fixture');
const log: DeviceLogExport = {
  device: 'T3F',
  exportedAt: T0,
  head: { seq: 2, id: last.id },
  certificates: [new Uint8Array([0xd2, 0x84, 1, 2, 3])],
  trustList: null,
  entries: chain.map((entry) => entry.bytes),
};

function refusal(text: string): string {
  const decoded = decodeDeviceLogExport(text);
  if (decoded.ok) throw new Error('expected a refusal');
  return decoded.reason;
}

describe('device log export', () => {
  it('writes a JSON header line, then one base64 entry per line', () => {
    const text = encodeDeviceLogExport(log);
    const lines = text.split('\n');
    expect(lines).toHaveLength(5);
    expect(JSON.parse(lines[0] ?? '')).toEqual({
      format: 'hornbill-device-log',
      version: 1,
      device: 'T3F',
      exportedAt: '2026-11-26T09:00:00.000Z',
      count: 3,
      head: { seq: 2, id: toHex(last.id) },
      certificates: ['0oQBAgM='],
      trustList: null,
    });
    expect(lines[1]).toBe(toBase64(chain[0]?.bytes ?? new Uint8Array(0)));
    expect(lines[4]).toBe('');
  });

  it('round-trips, and what it decodes verifies against the header', async () => {
    const decoded = decodeDeviceLogExport(encodeDeviceLogExport({ ...log, trustList: new Uint8Array([1, 2]) }));
    expect(decoded).toEqual({ ok: true, value: { ...log, trustList: new Uint8Array([1, 2]) } });
    if (!decoded.ok) return;
    const { device, head, entries } = decoded.value;
    const verdict = await verifyDeviceLog(entries, { device, lookup: lookupOf([officer]), ...(head === null ? {} : { knownHead: head }) });
    expect(verdict.ok).toBe(true);
    const empty = { ...log, head: null, entries: [] };
    expect(decodeDeviceLogExport(encodeDeviceLogExport(empty))).toEqual({ ok: true, value: empty });
  });

  it('refuses to write a head that does not match the entries', () => {
    expect(() => encodeDeviceLogExport({ ...log, head: null })).toThrow(/head/);
  });

  it('refuses damaged or malformed files with a reason', () => {
    const text = encodeDeviceLogExport(log);
    const [header = '', ...entries] = text.slice(0, -1).split('\n');
    const headerWith = (change: Record<string, unknown>) => `${JSON.stringify({ ...JSON.parse(header), ...change })}\n${entries.join('\n')}\n`;
    expect(refusal(text.slice(0, -1))).toMatch(/line feed/);
    expect(refusal(text.replaceAll('\n', '\r\n'))).toMatch(/CR LF/);
    expect(refusal(`not json\n${entries.join('\n')}\n`)).toMatch(/line 1/);
    expect(refusal(headerWith({ format: 'other' }))).toMatch(/format/);
    expect(refusal(headerWith({ version: 2 }))).toMatch(/version/);
    expect(refusal(headerWith({ extra: 1 }))).toMatch(/header/);
    expect(refusal(headerWith({ exportedAt: '2026-11-26 09:00' }))).toMatch(/exportedAt/);
    expect(refusal(headerWith({ count: 4 }))).toMatch(/announces 4 entries, the file holds 3/);
    expect(refusal(headerWith({ head: { seq: 2, id: 'AB'.repeat(32) } }))).toMatch(/head/);
    expect(refusal(headerWith({ head: { seq: 2, id: '00'.repeat(32) } }))).toMatch(/not the id of the last entry/);
    expect(refusal(headerWith({ head: null }))).toMatch(/head must be null/);
    expect(refusal(headerWith({ certificates: ['not base64!'] }))).toMatch(/certificates/);
    expect(refusal(`${header}\n${entries[0]}\n${entries[1]}==\n${entries[2]}\n`)).toMatch(/line 3/);
    expect(refusal(`${header}\n${entries[0]}\n\n${entries[2]}\n`)).toMatch(/line 3/);
  });
});
