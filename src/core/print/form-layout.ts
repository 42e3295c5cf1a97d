// Where each box of the standard form sits on an A4 page, in millimetres from the top-left corner, after the
// Res. Conf. 12.3 Annex 2 model: boxes 1–6 at the top, four line-item blocks A–D (boxes 7–12b), then boxes
// 13–15. A continuation sheet repeats the line-item block for the items past D.
import type { Rectangle } from './pdf-box.ts';

export const PAGE = { width: 210, height: 297, margin: 8 } as const;
const LEFT = PAGE.margin;
const RIGHT = PAGE.width - PAGE.margin;
const FULL = RIGHT - LEFT;

const rectangle = (x: number, y: number, width: number, height: number): Rectangle => ({ x, y, width, height });

/** The QR is 40 mm square (at least 35 mm, docs/qr-format.md), top right, beside boxes 1–4. */
export const QR_SIZE_MM = 40;

export const FIRST_PAGE = {
  title: rectangle(LEFT, PAGE.margin, FULL, 8),
  documentType: rectangle(LEFT, 17, 150, 9),
  box1: rectangle(LEFT, 26, 95, 12),
  box2: rectangle(LEFT + 95, 26, 55, 12),
  qr: rectangle(RIGHT - QR_SIZE_MM, 18, QR_SIZE_MM, QR_SIZE_MM),
  qrCaption: rectangle(RIGHT - QR_SIZE_MM, 18 + QR_SIZE_MM + 0.5, QR_SIZE_MM, 8),
  box3: rectangle(LEFT, 38, 75, 20),
  box3a: rectangle(LEFT, 58, 75, 9),
  box4: rectangle(LEFT + 75, 38, 75, 29),
  box5: rectangle(LEFT, 67, 120, 20),
  box5a: rectangle(LEFT + 120, 67, FULL - 120, 10),
  box5b: rectangle(LEFT + 120, 77, FULL - 120, 10),
  box6: rectangle(LEFT, 87, FULL, 20),
  lineItemsTop: 107,
  lineItemsPerPage: 4,
  box13: rectangle(LEFT, 227, FULL, 26),
  box14: rectangle(LEFT, 253, FULL, 26),
  box15: rectangle(LEFT, 279, FULL, 9),
  footerY: 290,
} as const;

export const CONTINUATION_PAGE = {
  title: rectangle(LEFT, PAGE.margin, FULL, 14),
  lineItemsTop: 24,
  lineItemsPerPage: 8,
  footerY: 290,
} as const;

/** A line-item block is 30 mm high: names, description, appendix/source, quantity; then 12, 12a, 12b, 11a. */
export const LINE_ITEM_BLOCK_HEIGHT = 30;
const LETTER = 7;
const ROW = LINE_ITEM_BLOCK_HEIGHT / 2;

export function lineItemBlock(top: number) {
  const x = LEFT + LETTER;
  return {
    letter: rectangle(LEFT, top, LETTER, LINE_ITEM_BLOCK_HEIGHT),
    box7: rectangle(x, top, 68, ROW),
    box9: rectangle(x + 68, top, 66, ROW),
    box10: rectangle(x + 134, top, 23, ROW),
    box11: rectangle(x + 157, top, RIGHT - x - 157, ROW),
    box12: rectangle(x, top + ROW, 55, ROW),
    box12a: rectangle(x + 55, top + ROW, 55, ROW),
    box12b: rectangle(x + 110, top + ROW, 47, ROW),
    box11a: rectangle(x + 157, top + ROW, RIGHT - x - 157, ROW),
  };
}
