import { describe, expect, it } from 'vitest';
import { checkReportFile, expectedReportNames, REPORT_MAX_BYTES, REPORT_TOO_LARGE, sniffReportKind } from './report-file';

const parts = { ngiCode: 'PT', siteName: 'LIP-Lisbon', stack: 'gLite', component: 'CREAM', version: '3.2.6-0' };
const bytes = (...values: number[]) => Uint8Array.from(values);
const text = (value: string) => new TextEncoder().encode(value);

/** The first local-file header of an ODF package, as LibreOffice writes it. */
function odtBytes(mimetype = 'application/vnd.oasis.opendocument.text', firstEntry = 'mimetype'): Uint8Array {
  const name = text(firstEntry);
  const header = new Uint8Array(30);
  header.set([0x50, 0x4b, 0x03, 0x04, 0x0a, 0x00]);
  header[26] = name.length;
  return Uint8Array.from([...header, ...name, ...text(mimetype), ...text('PK\u0003\u0004rest-of-zip')]);
}

describe('sniffReportKind (magic bytes)', () => {
  it('recognises PDF, OLE (doc), ODT and UTF-8 text', () => {
    expect(sniffReportKind(text('%PDF-1.4\n%âãÏÓ\n1 0 obj'))).toBe('pdf');
    expect(sniffReportKind(bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0))).toBe('doc');
    expect(sniffReportKind(odtBytes())).toBe('odt');
    expect(sniffReportKind(text('# Report\n\nTested job submission: 1200 jobs/day, VOs atlas, biomed. Ça marche.'))).toBe('text');
  });

  it('refuses an empty file, binaries, non-UTF-8 text and text with NUL bytes', () => {
    expect(sniffReportKind(new Uint8Array())).toBeNull();
    expect(sniffReportKind(bytes(0x4d, 0x5a, 0x90, 0x00, 0x03))).toBeNull(); // MZ: a Windows executable
    expect(sniffReportKind(bytes(0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0))).toBeNull(); // ELF
    expect(sniffReportKind(bytes(0x52, 0xe9, 0x73))).toBeNull(); // "Rés" in Latin-1
    expect(sniffReportKind(text('abc\u0000def'))).toBeNull();
  });

  it('tells an ODT from other ZIPs (docx, ods, plain zip)', () => {
    expect(sniffReportKind(odtBytes('application/vnd.oasis.opendocument.spreadsheet'))).toBeNull();
    expect(sniffReportKind(odtBytes('application/vnd.oasis.opendocument.text', '[Content_Types].xml'))).toBeNull();
  });
});

describe('checkReportFile', () => {
  it('accepts the exact expected name with matching content and names the content type', () => {
    expect(checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.pdf', text('%PDF-1.7 ...'))).toEqual({
      ok: true,
      ext: 'pdf',
      contentType: 'application/pdf',
    });
    expect(checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.md', text('# ok'))).toMatchObject({ ok: true, contentType: 'text/markdown; charset=utf-8' });
  });

  it('refuses a wrong name and shows the expected one', () => {
    const result = checkReportFile(parts, 'report.pdf', text('%PDF-1.7'));
    expect(result).toMatchObject({ ok: false, field: 'fileName', expected: 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.pdf' });
    if (!result.ok) expect(result.message).toContain('ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.pdf');
    expect(checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.5-0.pdf', text('%PDF-1.7'))).toMatchObject({ ok: false, field: 'fileName' });
  });

  it('refuses an extension outside doc, odt, pdf, md, txt', () => {
    expect(checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.exe', bytes(0x4d, 0x5a))).toMatchObject({
      ok: false,
      field: 'fileName',
      expected: 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.odt',
    });
  });

  it('refuses content that does not match the extension (a renamed binary)', () => {
    const result = checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.pdf', bytes(0x4d, 0x5a, 0x90, 0x00));
    expect(result).toMatchObject({ ok: false, field: 'file' });
    if (!result.ok) expect(result.message).toBe('A .pdf report must be a PDF document, but this file is not an allowed document type.');
    expect(checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.odt', text('%PDF-1.7'))).toMatchObject({ ok: false, field: 'file' });
    expect(checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.txt', text(''))).toMatchObject({ ok: false, message: 'The file is empty.' });
  });

  it('refuses more than 10 MB', () => {
    const big = new Uint8Array(REPORT_MAX_BYTES + 1).fill(0x61);
    expect(checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.txt', big)).toMatchObject({ ok: false, field: 'file', message: REPORT_TOO_LARGE });
    expect(checkReportFile(parts, 'wrongly-named.txt', big)).toMatchObject({ ok: false, field: 'file', message: 'The file is larger than 10 MB.' });
    expect(checkReportFile(parts, 'ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.txt', big.subarray(1))).toMatchObject({ ok: true });
  });

  it('offers the expected name for every allowed extension', () => {
    expect(expectedReportNames(parts).doc).toBe('ea-PT-LIP-Lisbon-gLite-CREAM-3.2.6-0.doc');
    expect(Object.keys(expectedReportNames(parts)).sort()).toEqual(['doc', 'md', 'odt', 'pdf', 'txt']);
  });
});
