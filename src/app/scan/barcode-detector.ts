// The browser's own QR reader (Shape Detection API), where there is one: Chrome on Android and macOS, Safari.
// Not in TypeScript's DOM library yet, so the little of it used here is declared here.

export interface DetectedBarcode {
  readonly rawValue: string;
  readonly format: string;
}

export interface QrBarcodeDetector {
  detect(image: ImageBitmapSource): Promise<DetectedBarcode[]>;
}

export interface BarcodeDetectorConstructor {
  new (options?: { formats: string[] }): QrBarcodeDetector;
  getSupportedFormats(): Promise<string[]>;
}

const QR_FORMAT = 'qr_code';

/** The global BarcodeDetector, if the page has one. */
export function globalBarcodeDetector(): BarcodeDetectorConstructor | undefined {
  return (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector;
}

/** A detector for QR codes, or null when there is no BarcodeDetector or it cannot read QR codes (desktop Linux Chromium lists none). */
export async function qrBarcodeDetector(Detector: BarcodeDetectorConstructor | undefined): Promise<QrBarcodeDetector | null> {
  if (Detector === undefined) return null;
  try {
    const formats = await Detector.getSupportedFormats();
    return formats.includes(QR_FORMAT) ? new Detector({ formats: [QR_FORMAT] }) : null;
  } catch {
    return null;
  }
}
