// What a team's report upload must be (document section 2.4): the exact file name
// ea-<NGI>-<Site>-<MW stack>-<component>-<version>.<doc|odt|pdf|md|txt>, at most 10 MB, and content
// whose magic bytes match its extension (a renamed executable is refused). Pure.
import { reportFileName, type ReportFileNameParts } from './naming';

export const REPORT_EXTENSIONS = ['odt', 'pdf', 'doc', 'md', 'txt'] as const;
export type ReportExtension = (typeof REPORT_EXTENSIONS)[number];
export const REPORT_MAX_BYTES = 10 * 1024 * 1024;
/** The one message for a file over the limit: the form (next to the file field), the action and the API (413). */
export const REPORT_TOO_LARGE = 'The file is larger than 10 MB.';

export function isReportTooLarge(size: number): boolean {
  return size > REPORT_MAX_BYTES;
}

export const REPORT_CONTENT_TYPES: Record<ReportExtension, string> = {
  pdf: 'application/pdf',
  doc: 'application/msword',
  odt: 'application/vnd.oasis.opendocument.text',
  md: 'text/markdown; charset=utf-8',
  txt: 'text/plain; charset=utf-8',
};

export type SniffedKind = 'pdf' | 'doc' | 'odt' | 'text';

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
const OLE_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, signature: readonly number[], offset = 0): boolean {
  return signature.every((byte, index) => bytes[offset + index] === byte);
}

function ascii(bytes: Uint8Array, start: number, length: number): string {
  return String.fromCharCode(...bytes.subarray(start, start + length));
}

/** An OpenDocument text: a ZIP whose first entry is the uncompressed file `mimetype` naming ODT. */
function isOdt(bytes: Uint8Array): boolean {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || bytes.length < 30) return false;
  const nameLength = bytes[26]! | (bytes[27]! << 8);
  const extraLength = bytes[28]! | (bytes[29]! << 8);
  if (ascii(bytes, 30, nameLength) !== 'mimetype') return false;
  return ascii(bytes, 30 + nameLength + extraLength, ODT_MIMETYPE.length) === ODT_MIMETYPE;
}

/** UTF-8 text without NUL bytes (a binary file is neither). */
function isText(bytes: Uint8Array): boolean {
  if (bytes.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** The kind of document the bytes are, by content only; null for anything not allowed. */
export function sniffReportKind(bytes: Uint8Array): SniffedKind | null {
  if (bytes.length === 0) return null;
  if (ascii(bytes, 0, 5) === '%PDF-') return 'pdf';
  if (startsWith(bytes, OLE_SIGNATURE)) return 'doc';
  if (isOdt(bytes)) return 'odt';
  if (isText(bytes)) return 'text';
  return null;
}

const KIND_OF_EXTENSION: Record<ReportExtension, SniffedKind> = { pdf: 'pdf', doc: 'doc', odt: 'odt', md: 'text', txt: 'text' };
const KIND_WORDS: Record<SniffedKind, string> = {
  pdf: 'a PDF document',
  doc: 'a Word 97-2003 (OLE) document',
  odt: 'an OpenDocument text',
  text: 'UTF-8 text',
};

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  return dot < 0 ? '' : fileName.slice(dot + 1).toLowerCase();
}

/** The expected name for each allowed extension, e.g. for the form's hint and its "use this name" offer. */
export function expectedReportNames(parts: Omit<ReportFileNameParts, 'ext'>): Record<ReportExtension, string> {
  return Object.fromEntries(REPORT_EXTENSIONS.map((ext) => [ext, reportFileName({ ...parts, ext })])) as Record<ReportExtension, string>;
}

export type ReportFileCheck =
  | { ok: true; ext: ReportExtension; contentType: string }
  | { ok: false; field: 'fileName' | 'file'; message: string; expected: string };

export function checkReportFile(parts: Omit<ReportFileNameParts, 'ext'>, fileName: string, bytes: Uint8Array): ReportFileCheck {
  const ext = extensionOf(fileName) as ReportExtension;
  const names = expectedReportNames(parts);
  const known = REPORT_EXTENSIONS.includes(ext);
  const expected = known ? names[ext] : names.odt;
  if (isReportTooLarge(bytes.length)) return { ok: false, field: 'file', expected, message: REPORT_TOO_LARGE };
  if (!known) {
    return { ok: false, field: 'fileName', expected, message: `Reports must be .${REPORT_EXTENSIONS.join(', .')}; name the file ${expected} (or the same with another of these extensions).` };
  }
  if (fileName !== expected) {
    return { ok: false, field: 'fileName', expected, message: `The file must be named exactly ${expected} (document section 2.4), not ${fileName}.` };
  }
  if (bytes.length === 0) return { ok: false, field: 'file', expected, message: 'The file is empty.' };
  const kind = sniffReportKind(bytes);
  if (kind !== KIND_OF_EXTENSION[ext]) {
    const found = kind ? KIND_WORDS[kind] : 'not an allowed document type';
    return { ok: false, field: 'file', expected, message: `A .${ext} report must be ${KIND_WORDS[KIND_OF_EXTENSION[ext]]}, but this file is ${found}.` };
  }
  return { ok: true, ext, contentType: REPORT_CONTENT_TYPES[ext] };
}
