// An issued permit as a PDF in the layout of the CITES standard form (form-layout.ts), labels in English,
// French or Spanish, every value as real (selectable) text, the signed QR drawn as vector modules, and
// continuation sheets for line items past D. jsPDF only computes bytes, so this runs unchanged in the
// browser (loaded when printing) and in Node (the CLI); the printing time is a parameter, never read here.
import { jsPDF } from 'jspdf';
import { countryByCode } from '../codes/countries.ts';
import { toHex, utf8ToBytes } from '../crypto/bytes.ts';
import { sha256 } from '../crypto/sha256.ts';
import { DOCUMENT_TYPE_NAMES, type PermitDocument } from '../permit/model/document-type.ts';
import type { Permit } from '../permit/model/permit.ts';
import type { LineItem } from '../permit/model/line-item.ts';
import { FORM_LABELS, type FormLabel, type FormLanguage } from './form-labels.ts';
import { CONTINUATION_PAGE, FIRST_PAGE, LINE_ITEM_BLOCK_HEIGHT, lineItemBlock, PAGE } from './form-layout.ts';
import { lineItemCells } from './line-item-cells.ts';
import { CONTENT_SIZE_PT, drawFormBox, drawText, LABEL_SIZE_PT, type Rectangle } from './pdf-box.ts';
import { drawPermitQr } from './pdf-qr.ts';

export interface PermitPdfOptions {
  readonly language: FormLanguage;
  /** The signed QR text (HB1:…) of this permit. */
  readonly qrText: string;
  /** The printing time (ms since the epoch), written as the PDF's creation date. */
  readonly printedAt: number;
}

const BLOCK_LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ';

function blockLetter(index: number): string {
  // A–Z, then AA, AB…: a permit rarely has more than a handful, but nothing should break at 27.
  const letter = BLOCK_LETTERS[index % 26] ?? '?';
  return index < 26 ? letter : `${BLOCK_LETTERS[Math.floor(index / 26) - 1] ?? '?'}${letter}`;
}

function country(code: string, language: FormLanguage): string {
  const name = countryByCode(code)?.name[language];
  return name === undefined ? code : `${name} (${code})`;
}

function documentTypeLine(document: PermitDocument, label: (key: FormLabel) => string, language: FormLanguage): string {
  const mark = (checked: boolean, text: string) => `[${checked ? 'X' : ' '}] ${text}`;
  const isExport = document.type === 'export-permit';
  const isReExport = document.type === 're-export-certificate';
  const isImport = document.type === 'import-permit';
  const other = isExport || isReExport || isImport ? '' : `: ${document.type === 'other' ? document.description : DOCUMENT_TYPE_NAMES[document.type][language]}`;
  return [mark(isExport, label('export')), mark(isReExport, label('reExport')), mark(isImport, label('import')), mark(other !== '', `${label('other')}${other}`)].join('    ');
}

function drawLineItems(doc: jsPDF, items: readonly LineItem[], firstIndex: number, top: number, label: (key: FormLabel) => string): void {
  items.forEach((item, offset) => {
    const block = lineItemBlock(top + offset * LINE_ITEM_BLOCK_HEIGHT);
    const cells = lineItemCells(item);
    doc.setLineWidth(0.25);
    doc.rect(block.letter.x, block.letter.y, block.letter.width, block.letter.height, 'S');
    drawText(doc, blockLetter(firstIndex + offset), { ...block.letter, x: block.letter.x + 1.8, y: block.letter.y + 12 }, 12, true);
    drawFormBox(doc, block.box7, '7/8', label('box7'), cells.names);
    drawFormBox(doc, block.box9, '9', label('box9'), cells.description);
    drawFormBox(doc, block.box10, '10', label('box10'), cells.appendixAndSource);
    drawFormBox(doc, block.box11, '11', label('box11'), cells.quantity);
    drawFormBox(doc, block.box12, '12', label('box12'), cells.origin);
    drawFormBox(doc, block.box12a, '12a', label('box12a'), cells.lastReExport);
    drawFormBox(doc, block.box12b, '12b', label('box12b'), cells.operationOrAcquisition);
    drawFormBox(doc, block.box11a, '11a', label('box11a'), cells.quota);
  });
}

/** Unused blocks of page 1 are crossed out, so that nothing can be added to a signed permit by hand. */
function crossOutEmptyBlocks(doc: jsPDF, used: number): void {
  for (let slot = used; slot < FIRST_PAGE.lineItemsPerPage; slot++) {
    const top = FIRST_PAGE.lineItemsTop + slot * LINE_ITEM_BLOCK_HEIGHT;
    const right = PAGE.width - PAGE.margin;
    doc.rect(PAGE.margin, top, right - PAGE.margin, LINE_ITEM_BLOCK_HEIGHT, 'S');
    doc.line(PAGE.margin, top + LINE_ITEM_BLOCK_HEIGHT, right, top);
    drawText(doc, blockLetter(slot), { x: PAGE.margin + 1.8, y: top + 12, width: 6, height: 6 }, 12, true);
  }
}

function drawFooter(doc: jsPDF, page: number, pages: number, number: string, label: (key: FormLabel) => string): void {
  drawText(
    doc,
    `${number}    ${label('page')} ${page} ${label('of')} ${pages}`,
    { x: PAGE.margin, y: FIRST_PAGE.footerY, width: PAGE.width - 2 * PAGE.margin, height: 5 },
    LABEL_SIZE_PT,
  );
}

function endorsementText(permit: Permit, label: (key: FormLabel) => string): string {
  const endorsement = permit.endorsement;
  const quantities = permit.lineItems
    .map((_, index) => `${blockLetter(index)}: ${endorsement?.actualQuantities[index] ?? '________'}`)
    .join('   ');
  if (endorsement === null) return `${label('block')} / ${label('quantity')}:   ${quantities}\n${label('port')}: ____________________    ${label('date')}: __________    ${label('signature')}:`;
  return `${label('block')} / ${label('quantity')}:   ${quantities}\n${label('port')}: ${endorsement.port}    ${label('date')}: ${endorsement.date}    ${label('signature')}: ${endorsement.inspector}`;
}

function drawIssuance(doc: jsPDF, permit: Permit, label: (key: FormLabel) => string): void {
  const box: Rectangle = FIRST_PAGE.box13;
  const issuance = permit.issuance;
  drawFormBox(
    doc,
    { ...box, width: box.width - 60 },
    '13',
    label('box13'),
    `${label('place')}: ${issuance?.place ?? ''}\n${label('date')}: ${issuance?.date ?? ''}\n${label('official')}: ${issuance?.official ?? ''}`,
  );
  // The security stamp box: the paper stamp (box 5b's number) is affixed and signed across here.
  const stamp = { x: box.x + box.width - 60, y: box.y, width: 60, height: box.height };
  doc.rect(stamp.x, stamp.y, stamp.width, stamp.height, 'S');
  doc.setLineDashPattern([1, 1], 0);
  doc.rect(stamp.x + 3, stamp.y + 6, stamp.width - 6, stamp.height - 8, 'S');
  doc.setLineDashPattern([], 0);
  drawText(doc, `${label('stampBox')}${permit.securityStamp === null ? '' : ` (${permit.securityStamp})`}`, { x: stamp.x + 1.2, y: stamp.y + 1.2, width: stamp.width - 2.4, height: 5 }, LABEL_SIZE_PT);
}

export function renderPermitPdf(permit: Permit, options: PermitPdfOptions): Uint8Array {
  const { language, qrText } = options;
  const label = (key: FormLabel) => FORM_LABELS[key][language];
  const number = permit.number ?? '';
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  // Same permit, same QR, same time → same bytes: the file id is derived, not random.
  doc.setFileId(toHex(sha256(utf8ToBytes(`${qrText}\n${options.printedAt}`)).slice(0, 16)).toUpperCase());
  doc.setCreationDate(new Date(options.printedAt));
  doc.setProperties({ title: `CITES ${number}`, subject: DOCUMENT_TYPE_NAMES[permit.document.type][language], creator: 'Hornbill' });

  const firstItems = permit.lineItems.slice(0, FIRST_PAGE.lineItemsPerPage);
  const restItems = permit.lineItems.slice(FIRST_PAGE.lineItemsPerPage);
  const pages = 1 + Math.ceil(restItems.length / CONTINUATION_PAGE.lineItemsPerPage);

  drawText(doc, label('convention'), FIRST_PAGE.title, 9, true);
  drawText(doc, documentTypeLine(permit.document, label, language), { ...FIRST_PAGE.documentType, y: FIRST_PAGE.documentType.y + 2 }, CONTENT_SIZE_PT, true);
  drawFormBox(doc, FIRST_PAGE.box1, '1', `${label('box1')} - ${label('original')}`, number);
  drawFormBox(doc, FIRST_PAGE.box2, '2', label('box2'), permit.validUntil ?? '');
  drawPermitQr(doc, qrText, FIRST_PAGE.qr.x, FIRST_PAGE.qr.y, FIRST_PAGE.qr.width);
  drawText(doc, `${label('qrCaption')}\n${number}`, FIRST_PAGE.qrCaption, LABEL_SIZE_PT);
  drawFormBox(doc, FIRST_PAGE.box3, '3', label('box3'), `${permit.importer.name}\n${permit.importer.address}`);
  drawFormBox(doc, FIRST_PAGE.box3a, '3a', label('box3a'), country(permit.importer.country, language));
  drawFormBox(doc, FIRST_PAGE.box4, '4', label('box4'), `${permit.exporter.name}\n${permit.exporter.address}\n${country(permit.exporter.country, language)}`);
  drawFormBox(doc, FIRST_PAGE.box5, '5', label('box5'), permit.specialConditions === '' ? '-' : permit.specialConditions);
  drawFormBox(doc, FIRST_PAGE.box5a, '5a', label('box5a'), permit.purpose);
  drawFormBox(doc, FIRST_PAGE.box5b, '5b', label('box5b'), permit.securityStamp ?? '-');
  const authority = permit.managementAuthority;
  drawFormBox(doc, FIRST_PAGE.box6, '6', label('box6'), `${authority.name}\n${authority.address}\n${country(authority.party, language)}`);
  drawLineItems(doc, firstItems, 0, FIRST_PAGE.lineItemsTop, label);
  crossOutEmptyBlocks(doc, firstItems.length);
  if (restItems.length > 0) {
    drawText(doc, `${label('seeContinuation')} (${pages - 1})`, { x: PAGE.margin, y: FIRST_PAGE.box13.y - 4, width: 150, height: 4 }, LABEL_SIZE_PT, true);
  }
  drawIssuance(doc, permit, label);
  drawFormBox(doc, FIRST_PAGE.box14, '14', label('box14'), endorsementText(permit, label));
  drawFormBox(doc, FIRST_PAGE.box15, '15', label('box15'), permit.endorsement?.billOfLading ?? '');
  drawFooter(doc, 1, pages, number, label);

  for (let page = 2; page <= pages; page++) {
    doc.addPage('a4', 'portrait');
    const start = (page - 2) * CONTINUATION_PAGE.lineItemsPerPage;
    const items = restItems.slice(start, start + CONTINUATION_PAGE.lineItemsPerPage);
    drawText(doc, `${label('convention')}\n${label('continuation')} - ${label('box1')} ${number}`, CONTINUATION_PAGE.title, 9, true);
    drawLineItems(doc, items, FIRST_PAGE.lineItemsPerPage + start, CONTINUATION_PAGE.lineItemsTop, label);
    drawFooter(doc, page, pages, number, label);
  }
  return new Uint8Array(doc.output('arraybuffer'));
}
