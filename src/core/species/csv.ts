// A small strict RFC 4180 reader that remembers on which line each record starts, so that an import
// error can name the line an officer opens in a spreadsheet. Records end at LF or CRLF; quoted fields
// may hold commas, quotes ("") and line breaks (Species+ exports CRLF inside annotations, LF between rows).

export interface CsvRecord {
  /** 1-based line on which the record starts. */
  readonly line: number;
  readonly fields: readonly string[];
}

export type CsvParseResult =
  | { readonly ok: true; readonly records: readonly CsvRecord[] }
  | { readonly ok: false; readonly line: number; readonly problem: string };

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let at = from; at < to; at++) if (text.charCodeAt(at) === LF) count++;
  return count;
}

export function parseCsv(text: string): CsvParseResult {
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;
  while (pos < text.length) {
    const recordLine = line;
    const fields: string[] = [];
    for (;;) {
      if (text.charCodeAt(pos) === QUOTE) {
        const openedOnLine = line;
        let value = '';
        let from = pos + 1;
        for (;;) {
          const close = text.indexOf('"', from);
          if (close === -1) return { ok: false, line: openedOnLine, problem: 'unterminated quoted field (file truncated?)' };
          line += countLineBreaks(text, from, close);
          value += text.slice(from, close);
          if (text.charCodeAt(close + 1) === QUOTE) {
            value += '"';
            from = close + 2;
          } else {
            pos = close + 1;
            break;
          }
        }
        fields.push(value);
        const next = text.charCodeAt(pos);
        if (pos < text.length && next !== COMMA && next !== LF && next !== CR) {
          return { ok: false, line, problem: 'unexpected character after a closing quote' };
        }
      } else {
        const start = pos;
        let code = text.charCodeAt(pos);
        while (pos < text.length && code !== COMMA && code !== LF && code !== CR) {
          if (code === QUOTE) return { ok: false, line, problem: 'quote inside an unquoted field' };
          code = text.charCodeAt(++pos);
        }
        fields.push(text.slice(start, pos));
      }
      const separator = text.charCodeAt(pos);
      if (separator === COMMA) {
        pos++;
        continue;
      }
      if (separator === CR) {
        if (text.charCodeAt(pos + 1) !== LF) return { ok: false, line, problem: 'carriage return without line feed' };
        pos++;
      }
      if (pos < text.length) {
        pos++;
        line++;
      }
      break;
    }
    records.push({ line: recordLine, fields });
  }
  return { ok: true, records };
}
