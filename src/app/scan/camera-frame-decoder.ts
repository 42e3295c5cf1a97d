// Reads the QR codes in the camera's current frame: the browser's BarcodeDetector straight on the video when
// it reads QR codes, else zxing-wasm on the frame's pixels (decodeQrFromImage, which makes the same choice).
import { globalBarcodeDetector, qrBarcodeDetector } from './barcode-detector.ts';
import type { CameraFrameSource } from './camera-frame-source.ts';
import { decodeQrFromImage, type QrDecodeOptions } from './decode-qr-from-image.ts';

/** The texts of the QR codes in the current frame; empty when there is none, or no frame yet. */
export type FrameDecoder = () => Promise<readonly string[]>;

/** Chooses the reader once, then decodes frame after frame with it. */
export async function cameraFrameDecoder(source: CameraFrameSource, options: QrDecodeOptions = {}): Promise<FrameDecoder> {
  const detector = await qrBarcodeDetector('barcodeDetector' in options ? options.barcodeDetector : globalBarcodeDetector());
  if (detector !== null) {
    return async () => {
      const frame = source.frame();
      if (frame === null) return [];
      return (await detector.detect(frame)).map((barcode) => barcode.rawValue);
    };
  }
  return async () => {
    const pixels = source.pixels();
    return pixels === null ? [] : decodeQrFromImage(pixels, options);
  };
}
