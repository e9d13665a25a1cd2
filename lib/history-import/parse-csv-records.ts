// The CSV form of the import file: one line per team participation, with the release and rollout
// columns repeated (see README.md). A line without a team is a rollout without participations; a line
// without rollout columns is a release (with `platform`, one of its platforms released without a
// staged rollout). Lines of one release (or rollout) must agree on its columns. Records are "line n".
import { z } from 'zod';
import { ImportError, issueLines } from './import-errors';
import { parseCsvText, CsvSyntaxError } from './parse-csv-text';
import { CSV_COLUMNS, participationFields, releaseFields, REQUIRED_CSV_COLUMNS, rolloutFields } from './schemas';
import { type ImportRelease, type ImportRollout, releaseKey } from './types';

const releaseRow = z.object(releaseFields);
const rolloutRow = z.object(rolloutFields);
const participationRow = z.object(participationFields);
const ROLLOUT_COLUMNS = ['outcome', 'rolloutCreatedAt', 'resolvedAt', 'manager', 'document'] as const;

type Row = Record<(typeof CSV_COLUMNS)[number], string>;

const same = (a: unknown, b: unknown) => (a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : a === b);

function differingField(a: object, b: object, fields: string[]): string | undefined {
  return fields.find((field) => !same((a as Record<string, unknown>)[field], (b as Record<string, unknown>)[field]));
}

export function parseCsvRecords(text: string): ImportRelease[] {
  let records;
  try {
    records = parseCsvText(text);
  } catch (error) {
    if (error instanceof CsvSyntaxError) throw new ImportError([error.message]);
    throw error;
  }
  const [header, ...lines] = records;
  if (!header) throw new ImportError(['file: empty CSV (expected a header line).']);
  const columns = header.cells.map((cell) => cell.trim());
  const unknown = columns.filter((column) => !(CSV_COLUMNS as readonly string[]).includes(column));
  const missing = REQUIRED_CSV_COLUMNS.filter((column) => !columns.includes(column));
  if (unknown.length || missing.length) {
    throw new ImportError([
      ...(unknown.length ? [`line 1: unknown column(s) ${unknown.join(', ')}; the columns are ${CSV_COLUMNS.join(', ')}.`] : []),
      ...(missing.length ? [`line 1: missing column(s) ${missing.join(', ')}.`] : []),
    ]);
  }
  if (lines.length === 0) throw new ImportError(['file: the CSV has a header but no records.']);

  const problems: string[] = [];
  const releases = new Map<string, ImportRelease>();
  const rollouts = new Map<string, ImportRollout>();
  for (const { line, cells } of lines) {
    const origin = `line ${line}`;
    if (cells.length > columns.length) {
      problems.push(`${origin}: ${cells.length} fields but the header has ${columns.length}.`);
      continue;
    }
    const row = Object.fromEntries(CSV_COLUMNS.map((column) => [column, cells[columns.indexOf(column)]?.trim() ?? ''])) as Row;
    const release = releaseRow.safeParse(row);
    const hasRollout = ROLLOUT_COLUMNS.some((column) => row[column] !== '') || row.team !== '';
    const rollout = hasRollout ? rolloutRow.safeParse({ ...row, createdAt: row.rolloutCreatedAt }) : null;
    const participation = row.team !== '' ? participationRow.safeParse(row) : null;
    const lineProblems = [
      ...(release.success ? [] : issueLines(origin, release.error.issues)),
      ...(rollout && !rollout.success ? issueLines(origin, rollout.error.issues.map((i) => ({ ...i, path: i.path.map((p) => (p === 'createdAt' ? 'rolloutCreatedAt' : p)) }))) : []),
      ...(participation && !participation.success ? issueLines(origin, participation.error.issues) : []),
    ];
    if (lineProblems.length || !release.success || (rollout && !rollout.success) || (participation && !participation.success)) {
      problems.push(...lineProblems);
      continue;
    }
    const key = releaseKey(release.data);
    let target = releases.get(key);
    if (!target) {
      target = { ...release.data, origin: `${origin} (${key})`, platforms: [], rollouts: [] };
      releases.set(key, target);
    } else {
      const field = differingField(target, release.data, Object.keys(releaseFields));
      if (field) problems.push(`${origin}: ${field} of release ${key} differs from ${target.origin.split(' (')[0]}.`);
    }
    if (!rollout) {
      if (row.platform && !target.platforms.includes(row.platform)) target.platforms.push(row.platform);
      continue;
    }
    const rolloutKey = `${key}|${rollout.data.platform}`;
    let targetRollout = rollouts.get(rolloutKey);
    if (!targetRollout) {
      targetRollout = { ...rollout.data, origin: `${origin} (${key}, rollout ${rollout.data.platform})`, participations: [] };
      rollouts.set(rolloutKey, targetRollout);
      target.rollouts.push(targetRollout);
    } else {
      const field = differingField(targetRollout, rollout.data, Object.keys(rolloutFields));
      if (field) problems.push(`${origin}: ${field === 'createdAt' ? 'rolloutCreatedAt' : field} of rollout ${key} ${rollout.data.platform} differs from ${targetRollout.origin.split(' (')[0]}.`);
    }
    if (participation) targetRollout.participations.push({ ...participation.data, origin: `${origin} (team ${participation.data.team})` });
  }
  if (problems.length) throw new ImportError(problems);
  return [...releases.values()];
}
