// @vitest-environment node
// The whole print-and-scan path: a permit rendered to PDF by the app's renderer, page 1 rasterised at
// 150 dpi by poppler (as a scanner or a photo would give it), the QR read back by the app's scanner code
// (zxing-wasm, given its wasm bytes from node_modules), and the text verified.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decodeQrFromImage } from '../../../src/app/scan/decode-qr-from-image.ts';
import { setZxingModuleOverrides } from '../../../src/app/scan/zxing-module.ts';
import { renderPermitPdf } from '../../../src/core/print/render-permit-pdf.ts';
import { verifyPermitQr } from '../../../src/core/qr/verify-permit-qr.ts';
import { validExport } from '../../core/permit/permit-fixture.ts';
import { context, NOW, signedQr } from '../../core/qr/verify-fixture.ts';

const run = promisify(execFile);
const wasmPath = createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm');

let scratch: string;
beforeAll(async () => {
  scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-qr-pdf-'));
  const wasm = await readFile(wasmPath);
  setZxingModuleOverrides({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
});
afterAll(() => rm(scratch, { recursive: true, force: true }));

async function pageOnePng(pdf: Uint8Array, name: string): Promise<Uint8Array> {
  const pdfFile = path.join(scratch, `${name}.pdf`);
  await writeFile(pdfFile, pdf);
  await run('/usr/bin/pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(scratch, name)]);
  return new Uint8Array(await readFile(path.join(scratch, `${name}.png`)));
}

describe('QR from a printed permit', () => {
  it.each(['en', 'fr', 'es'] as const)('reads back the signed QR from page 1 of the %s PDF, and it verifies as valid', async (language) => {
    const permit = validExport();
    const qrText = await signedQr(permit);
    const pdf = renderPermitPdf(permit, { language, qrText, printedAt: NOW });
    const found = await decodeQrFromImage(await pageOnePng(pdf, `permit-${language}`));
    expect(found).toEqual([qrText]);
    const verdict = await verifyPermitQr(found[0] ?? '', context());
    expect(verdict.reasons).toEqual([]);
    expect(verdict.verdict).toBe('valid');
  }, 30_000);

  it('reads the QR of a permit with a continuation sheet', async () => {
    const base = validExport();
    // 13 line items: A–D on page 1, E–L on the first continuation sheet, M on the second.
    const permit = { ...base, lineItems: Array.from({ length: 13 }, (_, i) => base.lineItems[i % base.lineItems.length]).filter((item) => item !== undefined) };
    const qrText = await signedQr(permit);
    const pdf = renderPermitPdf(permit, { language: 'en', qrText, printedAt: NOW });
    expect(new TextDecoder('latin1').decode(pdf).match(/\/Type \/Page\b/g)).toHaveLength(3);
    expect(await decodeQrFromImage(await pageOnePng(pdf, 'permit-long'))).toEqual([qrText]);
  }, 30_000);
});
