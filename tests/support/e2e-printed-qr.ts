// The QR on a permit the app printed, read back as an inspector's scanner would: page 1 of the PDF rasterised
// at 150 dpi by poppler, then decoded by the app's own scanner code (zxing-wasm, given its wasm from
// node_modules), as tests/app/print does.
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { decodeQrFromImage } from '../../src/app/scan/decode-qr-from-image.ts';
import { setZxingModuleOverrides } from '../../src/app/scan/zxing-module.ts';

const run = promisify(execFile);
let wasmGiven = false;

async function giveWasm(): Promise<void> {
  if (wasmGiven) return;
  const wasm = await readFile(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
  setZxingModuleOverrides({ wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) });
  wasmGiven = true;
}

/** The text of the one QR code on page 1 of `pdf`; throws when there is not exactly one. */
export async function qrTextOfPrintedPermit(pdf: Uint8Array): Promise<string> {
  await giveWasm();
  const scratch = await mkdtemp(path.join(tmpdir(), 'hornbill-e2e-print-'));
  try {
    const pdfFile = path.join(scratch, 'permit.pdf');
    await writeFile(pdfFile, pdf);
    await run('/usr/bin/pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', pdfFile, path.join(scratch, 'permit')]);
    const found = await decodeQrFromImage(new Uint8Array(await readFile(path.join(scratch, 'permit.png'))));
    if (found.length !== 1 || found[0] === undefined) throw new Error(`expected one QR code on page 1 of the printed permit, found ${found.length}`);
    return found[0];
  } finally {
    await rm(scratch, { recursive: true, force: true });
  }
}
