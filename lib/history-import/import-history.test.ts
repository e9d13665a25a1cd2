// Integration: the history import against the real database. Each test makes its own catalogue and
// teams (unique names) and uses a project year of its own, so the metrics it reads are its own.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { getMetrics } from '@/lib/metrics/get-metrics';
import { parsePeriod } from '@/lib/metrics/period-params';
import { createComponent, createManager, createTeam, ensureStack, uniqueLetters, uniqueTag } from '@/lib/seed/factories';
import { ImportError } from './import-errors';
import { importHistoryFile } from './import-history';

async function world(year: number) {
  const tag = uniqueTag();
  const stack = await ensureStack(db, { slug: `imp-${tag}`, name: `Imp ${tag}` });
  const component = await createComponent(db, { stack: stack.slug, name: `COMP-${tag}`, platforms: ['SL5 x86_64', 'SL6 x86_64'] });
  const createdAt = new Date(Date.UTC(year - 1, 0, 1));
  const north = await createTeam(db, { ngiCode: `N${uniqueLetters()}`, ngiName: `North ${tag}`, siteName: `SITE-N-${tag}`, createdAt });
  const south = await createTeam(db, { ngiCode: `S${uniqueLetters()}`, ngiName: `South ${tag}`, siteName: `SITE-S-${tag}`, createdAt });
  const manager = await createManager(db, { stacks: [stack.slug] });
  return { tag, stack, component, north: north.team, south: south.team, manager, northNgi: north.ngi.name, southNgi: south.ngi.name };
}

type World = Awaited<ReturnType<typeof world>>;

interface HistoryFile {
  releases: {
    stack: string;
    component: string;
    umdMajor: string;
    version: string;
    type: string;
    submittedAt: string;
    productionAt?: string;
    skipJustification?: string;
    platforms?: string[];
    rollouts?: {
      platform: string;
      outcome: string;
      createdAt: string;
      resolvedAt: string;
      manager?: string;
      document?: string;
      participations: Record<'team' | 'status' | 'invitedAt' | 'repliedAt' | 'exposureStart' | 'exposureEnd' | 'reportSubmittedAt' | 'recommendation', string>[];
    }[];
  }[];
}

/** In year Y: v1 rejected (one team), v2 accepted on two platforms by two teams, v3 an emergency without test. */
function history(w: World, year: number): HistoryFile {
  const at = (month: number, day: number, hour = 9) => new Date(Date.UTC(year, month - 1, day, hour)).toISOString();
  const release = { stack: w.stack.slug, component: w.component.name, umdMajor: 'EMI-1.0', type: 'REVISION' };
  const participation = (team: string, day: number, recommendation: string) => ({
    team,
    status: 'ACCEPTED',
    invitedAt: at(6, day),
    repliedAt: at(6, day, 15),
    exposureStart: at(6, day + 1),
    exposureEnd: at(6, day + 7),
    reportSubmittedAt: at(6, day + 8),
    recommendation,
  });
  return {
    releases: [
      {
        ...release,
        version: '1.0.0-1',
        submittedAt: at(6, 1),
        rollouts: [{ platform: 'SL5 x86_64', outcome: 'REJECT', createdAt: at(6, 2), resolvedAt: at(6, 12), manager: w.manager.email, document: `Staged rollout ${w.component.name} 1.0.0-1`, participations: [participation(w.north.name, 2, 'REJECT')] }],
      },
      {
        ...release,
        version: '1.0.0-2',
        submittedAt: at(6, 14),
        productionAt: at(7, 31, 23),
        rollouts: [
          { platform: 'SL5 x86_64', outcome: 'ACCEPT', createdAt: at(6, 15), resolvedAt: at(6, 25), participations: [participation(w.north.name, 15, 'ACCEPT'), participation(w.south.name, 15, 'ACCEPT')] },
          { platform: 'SL6 x86_64', outcome: 'ACCEPT', createdAt: at(6, 15), resolvedAt: at(8, 1, 0), participations: [participation(w.south.name, 16, 'ACCEPT')] },
        ],
      },
      { ...release, version: '1.0.1-1', type: 'EMERGENCY', submittedAt: at(9, 1), productionAt: at(9, 2), skipJustification: 'Security fix', platforms: ['SL5 x86_64'] },
    ],
  };
}

async function rowCounts() {
  const [releases, items, rollouts, documents, participations, reports, audits] = await Promise.all([
    db.release.count(),
    db.releaseItem.count(),
    db.rollout.count(),
    db.document.count(),
    db.participation.count(),
    db.report.count(),
    db.auditEvent.count({ where: { action: 'history.import' } }),
  ]);
  return { releases, items, rollouts, documents, participations, reports, audits };
}

describe('importHistoryFile', () => {
  it('imports a valid file, and a second import of it changes nothing', async () => {
    const w = await world(2001);
    const text = JSON.stringify(history(w, 2001));
    const before = await rowCounts();
    const first = await importHistoryFile('history.json', text);
    expect(first.changed).toBe(true);
    expect(first.counts.created).toEqual({ release: 3, releaseItem: 4, rollout: 3, document: 1, participation: 4, report: 4 });
    const afterFirst = await rowCounts();
    expect(afterFirst).toEqual({
      releases: before.releases + 3,
      items: before.items + 4,
      rollouts: before.rollouts + 3,
      documents: before.documents + 1,
      participations: before.participations + 4,
      reports: before.reports + 4,
      audits: before.audits + 1,
    });

    const second = await importHistoryFile('history.json', text);
    expect(second.changed).toBe(false);
    expect(second.counts.unchanged).toEqual(first.counts.created);
    expect(await rowCounts()).toEqual(afterFirst);

    const rollout = await db.rollout.findFirstOrThrow({ where: { releaseItem: { release: { componentId: w.component.id, productVersion: '1.0.0-1' } } }, include: { document: true, owner: true } });
    expect(rollout).toMatchObject({ status: 'RESOLVED', outcome: 'REJECT', title: `Staged Rollout EMI-1.0 ${w.component.name} 1.0.0-1 SL5 x86_64` });
    expect(rollout.owner?.email).toBe(w.manager.email);
    expect(rollout.document?.description).toBe(`Staged rollout ${w.component.name} 1.0.0-1`);
  });

  it('rolls a dry run back but says what it would do', async () => {
    const w = await world(2007);
    const before = await rowCounts();
    const result = await importHistoryFile('history.json', JSON.stringify(history(w, 2007)), { dryRun: true });
    expect(result).toMatchObject({ dryRun: true, changed: true, releases: 3 });
    expect(result.counts.created.report).toBe(4);
    expect(await rowCounts()).toEqual(before);
  });

  it('updates only what a corrected file changes', async () => {
    const w = await world(2002);
    const file = history(w, 2002);
    await importHistoryFile('history.json', JSON.stringify(file));
    file.releases[1]!.rollouts![0]!.resolvedAt = new Date(Date.UTC(2002, 5, 26, 9)).toISOString();
    const corrected = await importHistoryFile('history.json', JSON.stringify(file));
    expect(corrected.counts.updated).toEqual({ release: 0, releaseItem: 1, rollout: 1, document: 0, participation: 0, report: 0 });
    const item = await db.releaseItem.findFirstOrThrow({ where: { release: { componentId: w.component.id, productVersion: '1.0.0-2' }, platform: { os: 'SL5' } }, include: { rollout: true } });
    expect(item.rollout?.resolvedAt).toEqual(new Date(Date.UTC(2002, 5, 26, 9)));
    expect(item.version).toBe(2);
  });

  it('writes nothing when one record is bad, and the error names that record and every unknown name', async () => {
    const w = await world(2003);
    const file = history(w, 2003);
    file.releases[2] = { ...file.releases[2]!, stack: w.stack.slug };
    file.releases[1]!.rollouts![1]!.participations[0]!.team = `ea-XX-NOWHERE-${w.tag}`;
    file.releases[0]!.rollouts![0]!.manager = `ghost-${w.tag}@nowhere.test`;
    const before = await rowCounts();
    const error = await importHistoryFile('history.json', JSON.stringify(file)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ImportError);
    const problems = (error as ImportError).problems;
    expect(problems).toContainEqual(expect.stringContaining(`unknown team "ea-XX-NOWHERE-${w.tag}" (used by release #2`));
    expect(problems).toContainEqual(expect.stringContaining(`unknown manager e-mail "ghost-${w.tag}@nowhere.test" (used by release #1`));
    expect(await rowCounts()).toEqual(before);
    expect(await db.release.count({ where: { componentId: w.component.id } })).toBe(0);
  });

  it('rolls everything back when the last step fails', async () => {
    const w = await world(2004);
    const before = await rowCounts();
    // An actor that does not exist: the audit row at the very end violates its foreign key.
    const error = await importHistoryFile('history.json', JSON.stringify(history(w, 2004)), { actor: { id: `missing-${w.tag}`, label: 'nobody' } }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Error);
    expect(await rowCounts()).toEqual(before);
    expect(await db.participation.count({ where: { teamId: w.north.id } })).toBe(0);
  });

  it('brings the imported history into the metrics, quarter boundaries and all', async () => {
    const w = await world(2005);
    await importHistoryFile('history.json', JSON.stringify(history(w, 2005)));
    const report = await getMetrics(parsePeriod({ year: '2005' }));
    // v1 rejected in Q1; v2's last resolution is 1 August 00:00 -> Q2; v3 no test in Q2 (September).
    expect(report.componentOutcomes.rows.map((r) => [r.accepted, r.rejected, r.noTest])).toEqual([
      [0, 1, 0],
      [1, 0, 1],
      [0, 0, 0],
      [0, 0, 0],
    ]);
    // Four reports: North twice, South twice; the component tested by two teams counts once above.
    const mine = report.testsPerNgi.rows.filter((row) => row.ngi === w.northNgi || row.ngi === w.southNgi);
    expect(mine.map((row) => [row.ngi, row.perQuarter])).toEqual([
      [w.northNgi, [2, 0, 0, 0]],
      [w.southNgi, [2, 0, 0, 0]],
    ]);
    const stackTimes = report.timeMeasures.rows.find((row) => row.stack === w.stack.slug)!;
    expect(stackTimes.replyHours).toEqual({ count: 4, median: 6, p90: 6 });
    expect(stackTimes.exposureDays).toEqual({ count: 4, median: 6, p90: 6 });
    expect(stackTimes.outcomeDays.count).toBe(3);
  });

  it('imports the CSV form of a file already imported as JSON without changing anything', async () => {
    const w = await world(2006);
    const file = history(w, 2006);
    await importHistoryFile('history.json', JSON.stringify(file));
    const header = 'stack,component,umdMajor,version,type,submittedAt,productionAt,skipJustification,platform,outcome,rolloutCreatedAt,resolvedAt,manager,document,team,status,invitedAt,repliedAt,exposureStart,exposureEnd,reportSubmittedAt,recommendation';
    const lines = file.releases.flatMap((r) => {
      const head = [r.stack, r.component, r.umdMajor, r.version, r.type, r.submittedAt, r.productionAt ?? '', r.skipJustification ?? ''];
      if (!r.rollouts?.length) return [[...head, ...(r.platforms ?? ['']), ...Array<string>(13).fill('')]];
      return r.rollouts.flatMap((o) =>
        o.participations.map((p) => [...head, o.platform, o.outcome, o.createdAt, o.resolvedAt, o.manager ?? '', o.document ?? '', p.team, p.status, p.invitedAt, p.repliedAt, p.exposureStart, p.exposureEnd, p.reportSubmittedAt, p.recommendation]),
      );
    });
    const csv = [header, ...lines.map((cells) => cells.join(','))].join('\n');
    const result = await importHistoryFile('history.csv', csv);
    expect(result.changed).toBe(false);
    expect(result.counts.unchanged.participation).toBe(4);
  });
});
