// The BarcodeDetector branch, with a fake detector: used when it lists qr_code, skipped when it does not.
import { describe, expect, it, vi } from 'vitest';
import { qrBarcodeDetector, type BarcodeDetectorConstructor, type DetectedBarcode } from '../../../src/app/scan/barcode-detector.ts';
import { decodeQrFromImage } from '../../../src/app/scan/decode-qr-from-image.ts';

function fakeDetector(formats: string[], found: DetectedBarcode[]) {
  const detect = vi.fn(async () => found);
  const created: { formats: string[] }[] = [];
  const Detector: BarcodeDetectorConstructor = Object.assign(
    function FakeBarcodeDetector(options?: { formats: string[] }) {
      created.push(options ?? { formats: [] });
      return { detect };
    } as unknown as BarcodeDetectorConstructor,
    { getSupportedFormats: async () => formats },
  );
  return { Detector, detect, created };
}

const frame = { width: 2, height: 2, data: new Uint8ClampedArray(16), colorSpace: 'srgb' } as ImageData;

describe('BarcodeDetector branch', () => {
  it('reads a camera frame with the browser detector when it supports qr_code', async () => {
    const fake = fakeDetector(['ean_13', 'qr_code'], [{ rawValue: 'HB1:ABC', format: 'qr_code' }]);
    expect(await decodeQrFromImage(frame, { barcodeDetector: fake.Detector })).toEqual(['HB1:ABC']);
    expect(fake.detect).toHaveBeenCalledWith(frame);
    expect(fake.created).toEqual([{ formats: ['qr_code'] }]);
  });

  it('is not used when it cannot read QR codes, or when there is none', async () => {
    expect(await qrBarcodeDetector(fakeDetector(['ean_13'], []).Detector)).toBeNull();
    expect(await qrBarcodeDetector(undefined)).toBeNull();
  });

  it('is not used when listing its formats fails', async () => {
    const { Detector } = fakeDetector([], []);
    Detector.getSupportedFormats = () => Promise.reject(new Error('not allowed'));
    expect(await qrBarcodeDetector(Detector)).toBeNull();
  });
});
