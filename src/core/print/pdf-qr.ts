// The permit QR drawn as vector rectangles: the matrix comes from qrcode's create() (no canvas, so the same
// code runs in Node and in the browser), level Q as docs/qr-format.md requires, alphanumeric mode chosen by
// qrcode for the HB1 text. Runs of dark modules in a row are one rectangle each, which keeps the PDF small.
import type { jsPDF } from 'jspdf';
import { create } from 'qrcode';

/** The smallest printed size of the symbol (without quiet zone) that phones read at arm's length. */
export const MIN_QR_SIZE_MM = 35;

/** Draws the QR with its top-left corner at (x, y), `size` mm wide without the quiet zone; returns the version. */
export function drawPermitQr(doc: jsPDF, text: string, x: number, y: number, size: number): number {
  if (size < MIN_QR_SIZE_MM) throw new Error(`permit QR: ${size} mm is smaller than ${MIN_QR_SIZE_MM} mm`);
  const symbol = create(text, { errorCorrectionLevel: 'Q' });
  const count = symbol.modules.size;
  const module = size / count;
  doc.setFillColor(0, 0, 0);
  for (let row = 0; row < count; row++) {
    let runStart = -1;
    for (let column = 0; column <= count; column++) {
      const dark = column < count && symbol.modules.get(row, column) === 1;
      if (dark && runStart < 0) runStart = column;
      if (!dark && runStart >= 0) {
        // A hair of overlap closes the white seams some viewers draw between adjacent rectangles.
        doc.rect(x + runStart * module, y + row * module, (column - runStart) * module, module + 0.01, 'F');
        runStart = -1;
      }
    }
  }
  return symbol.version;
}
