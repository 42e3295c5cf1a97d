// Text for the PDF's built-in Helvetica, which reaches Latin-1 only: typographic punctuation becomes its ASCII
// twin and any other character outside Latin-1 a '?', so that nothing prints as garbage. (Names in other
// scripts need an embedded font: not yet done.)
const ASCII_TWINS: Readonly<Record<string, string>> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u2013': '-',
  '\u2014': '-',
  '\u2026': '...',
  '\u00A0': ' ',
  '\u202F': ' ',
};

export function printable(text: string): string {
  return [...text.normalize('NFC')].map((character) => ASCII_TWINS[character] ?? ((character.codePointAt(0) ?? 0) > 0xff ? '?' : character)).join('');
}
