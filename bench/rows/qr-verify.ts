// Permit QR verification, printing and reading (DESIGN §11): the full offline verdict per QR (verifyPermitQr:
// decode, trust list, signature, key validity, dates, status list, risk) against the 5 ms budget, beside the
// Ed25519 signature check alone with each library (WebCrypto is what core uses in Node); the standard-form PDF
// beside a one-line jsPDF document; and reading the QR back from a 150-dpi PNG of page 1 (pdftoppm) beside a
// bare QR PNG from qrcode.toBuffer. zxing-wasm is called directly here with its wasm bytes: the app's scanner
// module imports the .wasm through Vite's `?url`, which plain Node (tsx) cannot load.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as noble from '@noble/ed25519';
import { jsPDF } from 'jspdf';
import QRCode from 'qrcode';
import nacl from 'tweetnacl';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { encodeCbor } from '../../src/core/crypto/cbor.ts';
import { ed25519PublicKey, webCryptoEd25519 } from '../../src/core/crypto/ed25519.ts';
import { permitSchema, type Permit } from '../../src/core/permit/model/permit.ts';
import { renderPermitPdf } from '../../src/core/print/render-permit-pdf.ts';
import { permitClaimsFromPermit } from '../../src/core/qr/claims-from-permit.ts';
import { decodePermitQr } from '../../src/core/qr/decode-permit-qr.ts';
import { encodePermitQr } from '../../src/core/qr/encode-permit-qr.ts';
import { verifyPermitQr } from '../../src/core/qr/verify-permit-qr.ts';
import { signKeyCertificate } from '../../src/core/trust/key-certificate.ts';
import { signStatusList } from '../../src/core/trust/status-list.ts';
import { signTrustList } from '../../src/core/trust/trust-list.ts';
import { verifyStatusList } from '../../src/core/trust/verify-status-list.ts';
import { verifyTrustList } from '../../src/core/trust/verify-trust-list.ts';
import { medianMs, type BenchRow } from '../table.ts';

const FIXTURE = new URL('../../tests/fixtures/permits/valid-export.json', import.meta.url);
const ROOT_SEED = new Uint8Array(32).fill(7);
const DEVICE_SEED = Uint8Array.from({ length: 32 }, (_, i) => i + 1);
const NOW = Date.UTC(2026, 10, 24, 10);
const VERIFY_BUDGET_MS = 5;

function onePermit(): Permit {
  const permit = permitSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  return { ...permit, lineItems: permit.lineItems.slice(0, 1) };
}

async function verificationWorld(permit: Permit) {
  const certificate = await signKeyCertificate(ROOT_SEED, {
    party: 'KE', role: 'approver', user: 'bench', device: 'T3F',
    publicKey: await ed25519PublicKey(DEVICE_SEED), notBefore: Date.UTC(2026, 0, 1), notAfter: Date.UTC(2027, 11, 31),
  });
  const trust = await verifyTrustList(await signTrustList(ROOT_SEED, { party: 'KE', version: 1, issuedAt: NOW, certificates: [certificate], revocations: [] }));
  if (!trust.ok) throw new Error(trust.reason);
  const cancelled = Array.from({ length: 1000 }, (_, i) => ({ permitNumber: `KE26-BEN-${i}`, status: 'cancelled' as const, at: NOW }));
  const status = await verifyStatusList(await signStatusList(ROOT_SEED, { party: 'KE', version: 1, issuedAt: NOW, permits: cancelled }), trust.value);
  if (!status.ok) throw new Error(status.reason);
  const claims = permitClaimsFromPermit(permit);
  if (!claims.ok) throw new Error(claims.error.detail);
  const qr = await encodePermitQr(claims.value, { seed: DEVICE_SEED, kid: certificate.kid });
  return { qr, context: { trustLists: [trust.value], statusLists: [status.value], now: NOW, listsFetchedAt: NOW, ownParty: 'KE' }, publicKey: certificate.publicKey };
}

async function verifyRows(): Promise<BenchRow[]> {
  const { qr, context, publicKey } = await verificationWorld(onePermit());
  const decoded = decodePermitQr(qr);
  if (!decoded.ok) throw new Error(decoded.error.detail);
  const { cose } = decoded.value;
  const signed = encodeCbor(['Signature1', cose.protectedBytes, new Uint8Array(0), cose.payload]);
  const webCrypto = await webCryptoEd25519();
  if (webCrypto === null) throw new Error('bench: this Node has no WebCrypto Ed25519');
  const runs = 300;
  const full = await medianMs(runs, () => verifyPermitQr(qr, context));
  const viaWebCrypto = await medianMs(runs, () => webCrypto.verify(publicKey, signed, cose.signature));
  const viaTweetnacl = await medianMs(runs, () => nacl.sign.detached.verify(signed, cose.signature, publicKey));
  const viaNoble = await medianMs(runs, () => noble.verifyAsync(cose.signature, signed, publicKey));
  const baseline = { label: 'signature alone, WebCrypto', value: viaWebCrypto };
  return [
    { figure: 'verify one permit QR offline (verifyPermitQr), median', value: full, unit: 'ms', budget: { max: VERIFY_BUDGET_MS }, baseline },
    { figure: 'Ed25519 signature check alone, tweetnacl', value: viaTweetnacl, unit: 'ms', baseline },
    { figure: 'Ed25519 signature check alone, @noble/ed25519', value: viaNoble, unit: 'ms', baseline },
  ];
}

async function printAndScanRows(): Promise<BenchRow[]> {
  const permit = permitSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')));
  const { qr } = await verificationWorld(permit);
  const pdfMs = await medianMs(30, () => renderPermitPdf(permit, { language: 'en', qrText: qr, printedAt: NOW }));
  const oneLineMs = await medianMs(30, () => {
    const doc = new jsPDF({ unit: 'mm', format: 'a4' });
    doc.text(permit.number ?? '', 10, 10);
    return doc.output('arraybuffer');
  });

  const scratch = mkdtempSync(join(tmpdir(), 'hornbill-bench-qr-'));
  try {
    writeFileSync(join(scratch, 'permit.pdf'), renderPermitPdf(permit, { language: 'en', qrText: qr, printedAt: NOW }));
    execFileSync('/usr/bin/pdftoppm', ['-r', '150', '-png', '-f', '1', '-l', '1', '-singlefile', join(scratch, 'permit.pdf'), join(scratch, 'page')]);
    const pagePng = new Uint8Array(readFileSync(join(scratch, 'page.png')));
    const barePng = new Uint8Array(await QRCode.toBuffer(qr, { errorCorrectionLevel: 'Q', scale: 4 }));
    const wasm = readFileSync(createRequire(import.meta.url).resolve('zxing-wasm/reader/zxing_reader.wasm'));
    prepareZXingModule({ overrides: { wasmBinary: wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength) }, fireImmediately: false });
    const read = async (png: Uint8Array) => {
      const [found] = await readBarcodes(png, { formats: ['QRCode'], tryHarder: true });
      if (found?.text !== qr) throw new Error('bench: the QR did not read back');
    };
    const pageMs = await medianMs(15, () => read(pagePng));
    const bareMs = await medianMs(15, () => read(barePng));
    return [
      { figure: 'standard-form PDF of the example permit (jsPDF), median', value: pdfMs, unit: 'ms', baseline: { label: 'one-line jsPDF document', value: oneLineMs } },
      { figure: 'read the QR from a 150-dpi PNG of page 1 (zxing-wasm), median', value: pageMs, unit: 'ms', baseline: { label: 'bare QR PNG, qrcode.toBuffer', value: bareMs } },
    ];
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

export async function qrVerifyRows(): Promise<BenchRow[]> {
  return [...(await verifyRows()), ...(await printAndScanRows())];
}
