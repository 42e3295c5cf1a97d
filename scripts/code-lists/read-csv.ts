/** One CSV data row, keyed by the header's column names. */
export type CsvRow = Readonly<Record<string, string>>;

/** Parses RFC 4180 CSV (quoted fields, doubled quotes, commas and line breaks inside quotes) with a header row. */
export function parseCsv(text: string): CsvRow[] {
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  const input = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < input.length; i++) {
    const char = input[i];
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') {
        quoted = false;
      } else {
        value += char;
      }
    } else if (char === '"') {
      quoted = true;
    } else if (char === ',') {
      row.push(value);
      value = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else {
      value += char;
    }
  }
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  const [header, ...body] = rows.filter((cells) => cells.some((cell) => cell !== ''));
  if (!header) return [];
  return body.map((cells) => Object.fromEntries(header.map((column, i) => [column, cells[i] ?? ''])));
}

/** The trimmed value of a column; throws if the file has no such column, so a renamed column fails loudly. */
export function field(row: CsvRow, column: string): string {
  const value = row[column];
  if (value === undefined) throw new Error(`CSV has no column "${column}"`);
  return value.trim();
}
