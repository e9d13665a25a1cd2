// Supersession end to end through the lib: a newer version of the same component and platform entering
// staged rollout takes over the open rollout (outcome, links, inheritance, mail, refusals, metrics).
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { loadMetricRows } from '@/lib/metrics/load-metric-rows';
import { dateRangePeriod } from '@/lib/metrics/project-quarters';
import { classifyRelease } from '@/lib/metrics/component-outcomes';
import { readinessOfOpenRollouts } from '@/lib/readiness/open-readiness';
import { transitionReleaseItem } from '@/lib/releases/transition-release-item';
import { addComment } from '@/lib/rollout/add-comment';
import { startExposure } from '@/lib/rollout/exposure-period';
import { getRolloutDetail } from '@/lib/rollout/get-rollout-detail';
import { getRolloutTimeline } from '@/lib/rollout/get-timeline';
import { recordTeamReply } from '@/lib/rollout/record-team-reply';
import { acceptingTeams, completeExposure, type RolloutWorld } from '@/lib/rollout/test-fixtures';
import { createReport } from '@/lib/seed/factories';
import { shortenExposure } from './shorten-exposure';

const DAY = 86_400_000;

/** A newer version of the world's component on the same platform, moved into staged rollout by the coordinator. */
async function newerVersion(world: RolloutWorld, version = '1.8.1-1') {
  const release = await db.release.create({
    data: {
      submittedById: world.submitter.id,
      stackId: world.stack.id,
      componentId: world.component.id,
      umdMajor: 'EMI-1.0',
      productVersion: version,
      type: 'REVISION',
      items: { create: [{ platformId: world.platform.id, state: 'IN_VERIFICATION', packages: 'cream' }] },
    },
    include: { items: true },
  });
  const item = release.items[0]!;
  const moved = await transitionReleaseItem(world.coordinator, { releaseNumber: release.number, itemId: item.id }, {
    to: 'STAGED_ROLLOUT',
    expectedVersion: item.version,
    reportUrl: 'https://verification.example.org/report/1',
  });
  return { release, number: moved.rollout!.number };
}

describe('supersession', () => {
  it('resolves the older rollout SUPERSEDED, links both ways and hands everything over to the new one', async () => {
    const { world, teams } = await (async () => {
      const { makeRolloutWorld } = await import('@/lib/rollout/test-fixtures');
      const w = await makeRolloutWorld();
      return { world: w, teams: await acceptingTeams(w, 2) };
    })();
    const [tester, other] = teams as [NonNullable<(typeof teams)[0]>, NonNullable<(typeof teams)[0]>];
    await completeExposure(world, tester);
    const p = await db.participation.findFirstOrThrow({ where: { rolloutId: world.rollout.id, teamId: tester.team.id } });
    await createReport(db, { participationId: p.id, recommendation: 'ACCEPT' });
    await db.finding.create({ data: { rolloutId: world.rollout.id, teamId: other.team.id, kind: 'COMMENT', severity: 'BLOCKER', title: 'CE crashes on restart' } });
    await db.finding.create({ data: { rolloutId: world.rollout.id, kind: 'COMMENT', severity: 'MINOR', title: 'Closed typo', open: false } });
    const outboxBefore = await db.outboxMessage.count();

    const next = await newerVersion(world);

    const old = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id }, include: { supersededBy: true, releaseItem: true, document: true } });
    expect(old).toMatchObject({ status: 'RESOLVED', outcome: 'SUPERSEDED' });
    expect(old.resolvedAt).toBeInstanceOf(Date);
    // Like every resolved rollout, it has its Document: why there is no verdict, and the report it had received.
    expect(old.document?.summaryFileName).toMatch(/^summary-.+-1\.8\.0-1-sl5-x86_64\.txt$/);
    expect(old.document?.summary).toContain(`Outcome: SUPERSEDED. Version 1.8.1-1 replaced 1.8.0-1 before an outcome was set; staged rollout goes on in rollout #${next.number}.`);
    expect(old.document?.summary).toContain(`- ${tester.team.name}: `);
    expect(old.document?.summary).toContain('recommends ACCEPT');
    expect(old.document?.summary).toContain(`Open findings carried over to rollout #${next.number}: 1.`);
    expect(old.supersededBy?.number).toBe(next.number);
    expect(old.releaseItem.state).toBe('SUPERSEDED');

    const detail = (await getRolloutDetail(next.number, world.coordinator))!.rollout;
    expect(detail).toMatchObject({ status: 'OPEN', ownerId: world.manager.id });
    expect(detail.supersedes?.number).toBe(world.rollout.number);
    // Both teams were testing: re-invited, the reply window restarting now.
    expect(detail.participations.map((row) => [row.team.name, row.status]).sort()).toEqual(
      [tester.team.name, other.team.name].sort().map((name) => [name, 'INVITED']),
    );
    expect(detail.participations.every((row) => row.replyDueAt!.getTime() > Date.now())).toBe(true);
    // The open finding is carried over, still a blocker, "found in" the old version; the closed one is not.
    expect(detail.findings.map((f) => [f.title, f.severity, f.open, f.foundInVersion])).toEqual([['CE crashes on restart', 'BLOCKER', true, '1.8.0-1']]);
    expect((await readinessOfOpenRollouts(new Date(), [detail.id])).get(detail.id)?.state).toBe('HELD');

    // Everyone told once: one re-invitation per team, one notice for the manager, coordinators and provider.
    const mail = await db.outboxMessage.findMany({ orderBy: { createdAt: 'asc' }, skip: outboxBefore });
    expect(mail.filter((m) => m.kind === 'team.reinvited')).toHaveLength(2);
    const notice = mail.filter((m) => m.kind === 'rollout.superseded');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.recipients).toEqual(expect.arrayContaining([world.manager.email, world.coordinator.email, world.submitter.email]));
    const everyone = mail.filter((m) => m.kind === 'team.reinvited' || m.kind === 'rollout.superseded').flatMap((m) => m.recipients);
    expect(new Set(everyone).size).toBe(everyone.length);

    // Both timelines say what happened.
    expect(await db.auditEvent.count({ where: { entityId: world.rollout.id, action: 'rollout.superseded' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: detail.id, action: 'rollout.supersedes' } })).toBe(1);
    const oldDetail = (await getRolloutDetail(world.rollout.number, world.coordinator))!.rollout;
    expect((await getRolloutTimeline(oldDetail, 'UTC')).map((entry) => (entry.kind === 'event' ? entry.title : ''))).toContain(`Superseded by rollout #${next.number} (version 1.8.1-1): resolved SUPERSEDED`);
    expect((await getRolloutTimeline(detail, 'UTC')).map((entry) => (entry.kind === 'event' ? entry.title : ''))).toContain(`Takes over rollout #${world.rollout.number} (version 1.8.0-1)`);
    expect(oldDetail.supersededBy?.number).toBe(next.number);

    // Every action on the old rollout is refused, pointing to the new one.
    await expect(addComment(world.manager, world.rollout.number, { body: 'Still here?' })).rejects.toThrow(new RegExp(`superseded by rollout #${next.number}`));
    await expect(recordTeamReply(tester.member, world.rollout.number, { teamId: tester.team.id, answer: 'accept' })).rejects.toMatchObject({ status: 409 });

    // Never counted as accepted or rejected (Table 1), nor its report as a test (Table 2).
    const period = dateRangePeriod(new Date(Date.now() - 30 * DAY), new Date(Date.now() + DAY));
    const rows = await loadMetricRows(period);
    const oldRelease = rows.releases.find((r) => r.id === world.release.id);
    expect(oldRelease ? classifyRelease(oldRelease) : null).toBeNull();
    expect(detail.supersedes?.participations.map((row) => row.team.name)).toEqual([tester.team.name]);
    expect(rows.tests.some((test) => test.ngiName === tester.ngi.name)).toBe(false);
  });

  it('the manager may shorten the new exposure within the policy range (5-6 days for a revision), with a reason', async () => {
    const { makeRolloutWorld } = await import('@/lib/rollout/test-fixtures');
    const world = await makeRolloutWorld();
    const [team] = await acceptingTeams(world, 1);
    const next = await newerVersion(world, '1.8.2-1');
    await expect(shortenExposure(world.manager, world.rollout.number, { days: 5, reason: 'Only a one-line fix.' })).rejects.toMatchObject({ status: 409 });
    await expect(shortenExposure(world.manager, next.number, { days: 4, reason: 'Only a one-line fix.' })).rejects.toMatchObject({ status: 400 });
    await expect(shortenExposure(world.manager, next.number, { days: 7, reason: 'Only a one-line fix.' })).rejects.toMatchObject({ status: 400 });
    await shortenExposure(world.manager, next.number, { days: 5, reason: 'Only a one-line fix of the crash.' });
    await recordTeamReply(team!.member, next.number, { teamId: team!.team.id, answer: 'accept' });
    const { exposureEnd } = await startExposure(team!.member, next.number, { teamId: team!.team.id });
    expect(Math.round((exposureEnd.getTime() - Date.now()) / DAY)).toBe(5);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: 'rollout.exposureShortened' }, orderBy: { at: 'desc' } });
    expect(audit.after).toMatchObject({ exposureDays: 5, reason: 'Only a one-line fix of the crash.' });
  });

  it('a newer version on another platform, or of another component, supersedes nothing', async () => {
    const { makeRolloutWorld } = await import('@/lib/rollout/test-fixtures');
    const world = await makeRolloutWorld();
    await acceptingTeams(world, 1);
    const release = await db.release.create({
      data: { stackId: world.stack.id, componentId: world.component.id, umdMajor: 'EMI-1.0', productVersion: '1.9.0-1', type: 'MINOR', items: { create: [{ platformId: world.sl6.id, state: 'IN_VERIFICATION' }] } },
      include: { items: true },
    });
    await transitionReleaseItem(world.coordinator, { releaseNumber: release.number, itemId: release.items[0]!.id }, { to: 'STAGED_ROLLOUT', expectedVersion: 1, reportUrl: 'https://verification.example.org/r/2' });
    expect((await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id } })).status).toBe('OPEN');
  });

  it('a newer version in another UMD major release supersedes nothing (both majors are supported side by side)', async () => {
    const { makeRolloutWorld } = await import('@/lib/rollout/test-fixtures');
    const world = await makeRolloutWorld();
    await acceptingTeams(world, 1);
    const release = await db.release.create({
      data: { stackId: world.stack.id, componentId: world.component.id, umdMajor: 'EMI-2.0', productVersion: '2.0.1-1', type: 'MAJOR', items: { create: [{ platformId: world.platform.id, state: 'IN_VERIFICATION' }] } },
      include: { items: true },
    });
    const moved = await transitionReleaseItem(world.coordinator, { releaseNumber: release.number, itemId: release.items[0]!.id }, { to: 'STAGED_ROLLOUT', expectedVersion: 1, reportUrl: 'https://verification.example.org/r/3' });
    const older = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id } });
    expect(older).toMatchObject({ status: 'OPEN', outcome: null, supersededById: null });
    expect((await db.rollout.findUniqueOrThrow({ where: { number: moved.rollout!.number } })).status).not.toBe('RESOLVED');
  });
});
