import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ImportError } from './import-errors';
import { detectFormat, parseImportFile } from './parse-import-file';
import type { ImportRelease } from './types';

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, 'fixtures', name), 'utf8');

/** Records without their origins, to compare what two formats say. */
function content(releases: ImportRelease[]): unknown {
  return JSON.parse(JSON.stringify(releases, (key, value) => (key === 'origin' ? undefined : value)));
}

function problemsOf(fileName: string, text: string): string[] {
  try {
    parseImportFile(fileName, text);
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError);
    return (error as ImportError).problems;
  }
  throw new Error('expected an ImportError');
}

const json = (releases: unknown[]) => JSON.stringify({ releases });
const base = { stack: 'glite', component: 'CREAM', umdMajor: 'gLite-3.2', version: '1.0', type: 'revision', submittedAt: '2009-10-01' };
const rollout = { platform: 'SL5 x86_64', outcome: 'accept', createdAt: '2009-10-02T08:00:00Z', resolvedAt: '2009-10-10T08:00:00Z' };

describe('parseImportFile', () => {
  it('reads the example JSON file: five releases, dates in UTC, enums upper-cased', () => {
    const releases = parseImportFile('example-history.json', fixture('example-history.json'));
    expect(releases).toHaveLength(5);
    expect(releases[0]).toMatchObject({ origin: 'release #1 (glite/CREAM gLite-3.2 3.2.4-0)', type: 'REVISION', submittedAt: new Date('2009-10-05T08:00:00Z') });
    expect(releases[0]!.rollouts[0]!.participations[0]!.exposureStart).toEqual(new Date('2009-10-12T00:00:00Z'));
    expect(releases[3]).toMatchObject({ type: 'EMERGENCY', platforms: ['SL5 x86_64'], rollouts: [] });
  });

  it('reads the example CSV file into exactly the same records as the JSON file', () => {
    const fromCsv = parseImportFile('example-history.csv', fixture('example-history.csv'));
    expect(content(fromCsv)).toEqual(content(parseImportFile('example-history.json', fixture('example-history.json'))));
    expect(fromCsv[0]!.origin).toBe('line 2 (glite/CREAM gLite-3.2 3.2.4-0)');
    expect(fromCsv[0]!.rollouts[0]!.participations[2]!.origin).toBe('line 4 (team ea-CERN-CERN-PROD)');
  });

  it('tells JSON from CSV by extension, else by the first character', () => {
    expect(detectFormat('x.JSON', 'a,b')).toBe('json');
    expect(detectFormat('history.txt', '  {"releases": []}')).toBe('json');
    expect(detectFormat('history', 'stack,component')).toBe('csv');
  });

  it('names the JSON record and the field of a malformed value', () => {
    const problems = problemsOf(
      'h.json',
      json([
        { ...base, rollouts: [rollout] },
        { ...base, version: '2.0', rollouts: [{ ...rollout, participations: [{ team: 'ea-PT-X', status: 'ACCEPTED', invitedAt: '2009-13-01' }] }] },
      ]),
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^release #2 \(glite\/CREAM gLite-3\.2 2\.0\): rollouts\[0\]\.participations\[0\]\.invitedAt: /);
  });

  it('rejects unknown fields, bad JSON and an empty file', () => {
    expect(problemsOf('h.json', json([{ ...base, colour: 'red', productionAt: '2009-10-09' }]))[0]).toMatch(/release #1.*colour/);
    expect(problemsOf('h.json', '{"releases": [')[0]).toMatch(/not valid JSON/);
    expect(problemsOf('h.json', json([]))[0]).toMatch(/no releases/);
  });

  it('names the CSV line of a bad value, and the lines of a release whose columns disagree', () => {
    const csv = fixture('example-history.csv').split('\n');
    csv[3] = csv[3]!.replace('DECLINED', 'MAYBE');
    csv[2] = csv[2]!.replace('2009-10-26T12:00:00Z', '2009-10-27T12:00:00Z');
    const problems = problemsOf('h.csv', csv.join('\n'));
    expect(problems).toContainEqual(expect.stringMatching(/^line 4: status: /));
    expect(problems).toContainEqual('line 3: productionAt of release glite/CREAM gLite-3.2 3.2.4-0 differs from line 2.');
  });

  it('rejects unknown and missing CSV columns on line 1', () => {
    expect(problemsOf('h.csv', 'stack,component,colour\nx,y,z\n')).toEqual([
      expect.stringMatching(/^line 1: unknown column\(s\) colour/),
      'line 1: missing column(s) umdMajor, version, type, submittedAt.',
    ]);
  });

  it.each([
    [{ ...base, rollouts: [{ ...rollout, resolvedAt: undefined }] }, /outcome and resolvedAt go together/],
    [{ ...base, rollouts: [{ ...rollout, resolvedAt: '2009-10-01T00:00:00Z' }] }, /resolvedAt is before createdAt/],
    [{ ...base, productionAt: '2009-10-05', skipJustification: 'urgent' }, /only an EMERGENCY release may skip/],
    [{ ...base }, /neither a rollout nor a productionAt/],
    [{ ...base, platforms: ['SL6 x86_64'], rollouts: [rollout] }, /platforms released without staged rollout need the release's productionAt/],
    [{ ...base, rollouts: [rollout, rollout] }, /second rollout of the same release on SL5 x86_64/],
    [{ ...base, rollouts: [{ ...rollout, participations: [{ team: 't', status: 'DECLINED', invitedAt: '2009-10-02', reportSubmittedAt: '2009-10-08', recommendation: 'ACCEPT' }] }] }, /only a team that ACCEPTED or VOLUNTEERED reports/],
    [{ ...base, rollouts: [{ ...rollout, participations: [{ team: 't', status: 'ACCEPTED', invitedAt: '2009-10-03', repliedAt: '2009-10-02' }] }] }, /repliedAt is before invitedAt/],
    [{ ...base, rollouts: [{ ...rollout, participations: [{ team: 't', status: 'ACCEPTED', invitedAt: '2009-10-03', reportSubmittedAt: '2009-10-08' }] }] }, /reportSubmittedAt and recommendation go together/],
  ])('checks rules across fields: %#', (release, message) => {
    expect(problemsOf('h.json', json([release])).join('\n')).toMatch(message);
  });

  it('rejects the same release twice, naming both records', () => {
    const releases = [{ ...base, productionAt: '2009-10-05' }, { ...base, productionAt: '2009-10-05' }];
    expect(problemsOf('h.json', json(releases))).toContain(
      'release #2 (glite/CREAM gLite-3.2 1.0): the same release as release #1 (glite/CREAM gLite-3.2 1.0) (stack, component, umdMajor and version identify a release).',
    );
  });
});
