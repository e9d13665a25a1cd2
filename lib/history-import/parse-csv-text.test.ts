import { describe, expect, it } from 'vitest';
import { CsvSyntaxError, parseCsvText } from './parse-csv-text';

describe('parseCsvText', () => {
  it('reads quoted fields with commas, quotes and line breaks, and keeps the starting line of each record', () => {
    const records = parseCsvText('\uFEFFa,b,c\r\n1,"x, ""y""",3\n\n2,"multi\nline",\n');
    expect(records).toEqual([
      { line: 1, cells: ['a', 'b', 'c'] },
      { line: 2, cells: ['1', 'x, "y"', '3'] },
      { line: 4, cells: ['2', 'multi\nline', ''] },
    ]);
  });

  it('reads a last record without a line end', () => {
    expect(parseCsvText('a,b\n1,2')).toEqual([
      { line: 1, cells: ['a', 'b'] },
      { line: 2, cells: ['1', '2'] },
    ]);
  });

  it('rejects an unclosed quote and a stray quote, naming the line', () => {
    expect(() => parseCsvText('a\n"open')).toThrow(/line 2/);
    expect(() => parseCsvText('a\nx"y')).toThrow(CsvSyntaxError);
  });
});
