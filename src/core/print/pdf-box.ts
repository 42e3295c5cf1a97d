// One numbered box of the standard form: its frame, the box number and label in small type, and the content
// below in larger type, wrapped to the width and cut at the height so that nothing spills into the next box.
import type { jsPDF } from 'jspdf';
import { printable } from './pdf-text.ts';

export interface Rectangle {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const PT_TO_MM = 25.4 / 72;
const LINE_HEIGHT = 1.15;
const PADDING = 1.2;
export const LABEL_SIZE_PT = 6;
export const CONTENT_SIZE_PT = 8.5;

/** Wraps and draws text inside the rectangle from top; returns the y below the last line drawn. */
export function drawText(doc: jsPDF, text: string, area: Rectangle, sizePt: number, bold = false): number {
  doc.setFont('helvetica', bold ? 'bold' : 'normal');
  doc.setFontSize(sizePt);
  const lineHeight = sizePt * PT_TO_MM * LINE_HEIGHT;
  const fitting = Math.max(0, Math.floor(area.height / lineHeight));
  const lines = text
    .split('\n')
    .flatMap((paragraph) => doc.splitTextToSize(printable(paragraph), area.width) as string[])
    .slice(0, fitting);
  if (lines.length > 0) doc.text(lines, area.x, area.y, { baseline: 'top', lineHeightFactor: LINE_HEIGHT });
  return area.y + lines.length * lineHeight;
}

/** A framed box: "5a  Purpose of the transaction", then the content. Returns the content area's top. */
export function drawFormBox(doc: jsPDF, box: Rectangle, number: string, label: string, content: string): void {
  doc.setDrawColor(0, 0, 0);
  doc.setLineWidth(0.25);
  doc.rect(box.x, box.y, box.width, box.height, 'S');
  const inner = { x: box.x + PADDING, width: box.width - 2 * PADDING };
  const labelBottom = drawText(doc, number === '' ? label : `${number}. ${label}`, { ...inner, y: box.y + PADDING, height: box.height / 2 }, LABEL_SIZE_PT);
  drawText(doc, content, { ...inner, y: labelBottom + 0.6, height: box.y + box.height - labelBottom - 0.6 - PADDING / 2 }, CONTENT_SIZE_PT);
}
