// Reads the QR codes in an image: a camera frame (ImageData) or an image file's bytes (PNG, JPEG). The
// browser's BarcodeDetector when it reads QR codes (fast, native), else zxing-wasm.
import { readBarcodes } from 'zxing-wasm/reader';
import { globalBarcodeDetector, qrBarcodeDetector, type BarcodeDetectorConstructor } from './barcode-detector.ts';
import { prepareZxingReader } from './zxing-module.ts';

export type QrImage = ImageData | Uint8Array;

export interface QrDecodeOptions {
  /** The BarcodeDetector to use; the page's own by default. Tests inject a fake. */
  readonly barcodeDetector?: BarcodeDetectorConstructor;
}

async function imageSourceOf(image: QrImage): Promise<ImageBitmapSource> {
  if (!(image instanceof Uint8Array)) return image;
  return createImageBitmap(new Blob([image.slice().buffer]));
}

/** The text of every QR code found, in the reader's order; empty when there is none. */
export async function decodeQrFromImage(image: QrImage, options: QrDecodeOptions = {}): Promise<string[]> {
  const detector = await qrBarcodeDetector('barcodeDetector' in options ? options.barcodeDetector : globalBarcodeDetector());
  if (detector !== null) {
    const found = await detector.detect(await imageSourceOf(image));
    return found.map((barcode) => barcode.rawValue);
  }
  prepareZxingReader();
  const results = await readBarcodes(image, { formats: ['QRCode'], tryHarder: true });
  return results.filter((result) => result.isValid).map((result) => result.text);
}
