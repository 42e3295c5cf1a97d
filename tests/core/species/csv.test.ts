import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/species/csv.ts';

describe('parseCsv', () => {
  it('reads quoted commas, doubled quotes and line breaks, and gives each record its first line', () => {
    const result = parseCsv('a,"b, c","say ""hi"""\n"multi\r\nline",,x\r\nlast,"",\n');
    expect(result).toEqual({
      ok: true,
      records: [
        { line: 1, fields: ['a', 'b, c', 'say "hi"'] },
        { line: 2, fields: ['multi\r\nline', '', 'x'] },
        { line: 4, fields: ['last', '', ''] },
      ],
    });
  });

  it('accepts a last record without a line break', () => {
    expect(parseCsv('a,b\nc,d')).toEqual({ ok: true, records: [{ line: 1, fields: ['a', 'b'] }, { line: 2, fields: ['c', 'd'] }] });
  });

  it('names the line where an unterminated quote opened', () => {
    expect(parseCsv('a,b\nc,"d\ne\nf')).toEqual({ ok: false, line: 2, problem: 'unterminated quoted field (file truncated?)' });
  });

  it('refuses a stray quote and text after a closing quote', () => {
    expect(parseCsv('a,b"c\n')).toMatchObject({ ok: false, line: 1, problem: 'quote inside an unquoted field' });
    expect(parseCsv('x\n"a"b,c\n')).toMatchObject({ ok: false, line: 2, problem: 'unexpected character after a closing quote' });
    expect(parseCsv('a\rb\n')).toMatchObject({ ok: false, line: 1 });
  });
});
