import { describe, expect, it } from 'vitest';
import { csvCell, csvResponse, toCsv } from './to-csv';

describe('csvCell', () => {
  it('leaves plain text alone', () => {
    expect(csvCell('ea-IT-INFN-T1')).toBe('ea-IT-INFN-T1');
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx', '\r=1'])('neutralises a formula-like cell %j', (value) => {
    expect(csvCell(value).replace(/^"|"$/g, '').startsWith("'")).toBe(true);
  });

  it('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('one\ntwo')).toBe('"one\ntwo"');
  });

  it('keeps negative numbers as numbers but not negative-looking text', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('-3')).toBe("'-3");
  });

  it('joins lists and neutralises the joined cell', () => {
    expect(csvCell(['CREAM SL5', 'WMS SL6'])).toBe('CREAM SL5; WMS SL6');
    expect(csvCell(['=evil', 'x'])).toBe("'=evil; x");
    expect(csvCell([null, 'a'])).toBe('a');
  });

  it('writes dates as ISO and empties as empty', () => {
    expect(csvCell(new Date('2011-04-30T00:00:00Z'))).toBe('2011-04-30T00:00:00.000Z');
    expect(csvCell(null)).toBe('');
    expect(csvCell(undefined)).toBe('');
  });
});

describe('toCsv', () => {
  it('writes a header and one CRLF line per row', () => {
    const csv = toCsv(
      [
        { header: 'Team', value: (row: { name: string; n: number }) => row.name },
        { header: 'Count', value: (row) => row.n },
      ],
      [
        { name: 'ea-PT-LIP-Lisbon', n: 3 },
        { name: '=HYPERLINK("x")', n: 0 },
      ],
    );
    expect(csv).toBe('Team,Count\r\nea-PT-LIP-Lisbon,3\r\n"\'=HYPERLINK(""x"")",0\r\n');
  });

  it('serves a download with a safe file name', async () => {
    const response = csvResponse('a\r\n', 'teams "all".csv');
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="teams__all_.csv"');
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    expect(new TextDecoder().decode(bytes)).toBe('a\r\n');
  });
});
