// Reads an import file (JSON or CSV, by extension or, failing that, by its first character) into
// checked records, or throws an ImportError listing every problem with its line or record number.
import { checkRecords } from './check-records';
import { ImportError } from './import-errors';
import { parseCsvRecords } from './parse-csv-records';
import { parseJsonRecords } from './parse-json-records';
import type { ImportRelease } from './types';

export type ImportFormat = 'json' | 'csv';

export function detectFormat(fileName: string, text: string): ImportFormat {
  if (/\.json$/i.test(fileName)) return 'json';
  if (/\.csv$/i.test(fileName)) return 'csv';
  return /^\uFEFF?\s*[{[]/.test(text) ? 'json' : 'csv';
}

export function parseImportFile(fileName: string, text: string): ImportRelease[] {
  const releases = detectFormat(fileName, text) === 'json' ? parseJsonRecords(text) : parseCsvRecords(text);
  const problems = checkRecords(releases);
  if (problems.length) throw new ImportError(problems);
  return releases;
}
