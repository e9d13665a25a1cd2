// Integration: the worker's readiness round with a test clock (never a sleep): a stall is recorded and
// told once; auto-accept announces a notice, resolves ACCEPT after it with a generated summary, exactly
// once when two workers race; a new finding during the notice cancels it; off by default.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { addFinding, setFindingOpen } from '@/lib/rollout/findings';
import { acceptingTeams, completeExposure, makeRolloutWorld, readyWorld, type RolloutWorld, rolloutRow, sendReport } from '@/lib/rollout/test-fixtures';
import { setStackAutoAccept } from './auto-accept-setting';
import { scanReadiness } from './scan-readiness';

const DAY = 86_400_000;

async function switchOn(world: RolloutWorld) {
  const stack = await db.stack.findUniqueOrThrow({ where: { id: world.stack.id } });
  await setStackAutoAccept(world.coordinator, { stackId: stack.id, enabled: true, reason: 'Stable stack, teams report promptly.', version: stack.version });
}

const mails = (world: RolloutWorld, kind: string) => db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind } });

// Each round is limited to the test's own rollout (rolloutIds, as the test clock does): the shared test
// database holds every other file's open rollouts, and judging them all made this file slow on a busy machine.
describe('scanReadiness', () => {
  it('marks a stalled rollout once and tells the manager and the coordinator the choices; clears it when evidence comes', async () => {
    const world = await makeRolloutWorld();
    const [team] = await acceptingTeams(world, 1);
    await completeExposure(world, team!); // exposure ended yesterday, no report
    const later = new Date(Date.now() + 2 * DAY); // the report's grace has passed
    await scanReadiness({ now: later, rolloutIds: [world.rollout.id] });
    await scanReadiness({ now: new Date(later.getTime() + 60_000), rolloutIds: [world.rollout.id] });
    expect((await rolloutRow(world.rollout.id)).stalledAt).toEqual(later);
    const told = await mails(world, 'rollout.stalled');
    expect(told).toHaveLength(1);
    expect(told[0]!.recipients).toEqual(expect.arrayContaining([world.manager.email, world.coordinator.email]));
    expect(told[0]!.text).toContain('call for volunteers');
    expect(told[0]!.text).toContain('reject');
    await sendReport(world, team!, 'ACCEPT');
    await scanReadiness({ now: new Date(later.getTime() + 120_000), rolloutIds: [world.rollout.id] });
    expect((await rolloutRow(world.rollout.id)).stalledAt).toBeNull();
    expect(await db.auditEvent.count({ where: { entityId: world.rollout.id, action: 'rollout.stalled' } })).toBe(1);
  });

  it('is off by default: a ready rollout is not touched', async () => {
    const world = await readyWorld();
    await scanReadiness({ now: new Date(Date.now() + 10 * DAY), rolloutIds: [world.rollout.id] });
    expect(await rolloutRow(world.rollout.id)).toMatchObject({ status: 'OPEN', autoAcceptNoticeAt: null });
  });

  it('announces the notice, then two racing workers resolve ACCEPT once, with a generated summary and one set of mails', async () => {
    const world = await readyWorld();
    await switchOn(world);
    const t0 = new Date();
    await scanReadiness({ now: t0, rolloutIds: [world.rollout.id] });
    expect((await rolloutRow(world.rollout.id)).autoAcceptNoticeAt).toEqual(t0);
    const notice = await mails(world, 'rollout.autoAcceptNotice');
    expect(notice).toHaveLength(1);
    expect(notice[0]!.recipients).toEqual(expect.arrayContaining([world.manager.email, world.team.contact!]));

    // Inside the notice period nothing happens; after one working day (at most 4 calendar days) it fires.
    await scanReadiness({ now: new Date(t0.getTime() + 60 * 60_000), rolloutIds: [world.rollout.id] });
    expect((await rolloutRow(world.rollout.id)).status).toBe('OPEN');
    const after = new Date(t0.getTime() + 5 * DAY);
    const results = await Promise.all([scanReadiness({ now: after, rolloutIds: [world.rollout.id] }), scanReadiness({ now: after, rolloutIds: [world.rollout.id] })]);
    expect(results.reduce((sum, r) => sum + r.accepted, 0)).toBe(1);
    const resolved = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id }, include: { document: true, releaseItem: true } });
    expect(resolved).toMatchObject({ status: 'RESOLVED', outcome: 'ACCEPT', acceptedWithOverride: false });
    expect(resolved.releaseItem.state).toBe('PRODUCTION');
    expect(resolved.document!.summary).toContain(`${world.team.team.name}: recommends ACCEPT`);
    expect(resolved.document!.summary).toContain('Accepted automatically');
    expect(await db.document.count({ where: { rolloutId: world.rollout.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: world.rollout.id, action: 'rollout.resolve', actorLabel: 'auto-accept' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'release.outcome' } })).toBe(1);
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'release.production' } })).toBe(1);
    expect(await mails(world, 'rollout.autoAcceptNotice')).toHaveLength(1);
  });

  it('a finding logged during the notice cancels it, even when closed again; the rollout stays open', async () => {
    const world = await readyWorld();
    await switchOn(world);
    const t0 = new Date();
    await scanReadiness({ now: t0, rolloutIds: [world.rollout.id] });
    const finding = await addFinding(world.team.member, world.rollout.number, { teamId: world.team.team.id, kind: 'COMMENT', severity: 'MINOR', title: 'Log noise', body: 'Harmless.', reference: '' });
    await setFindingOpen(world.team.member, world.rollout.number, { findingId: finding.findingId, open: false });
    await scanReadiness({ now: new Date(t0.getTime() + 5 * DAY), rolloutIds: [world.rollout.id] });
    const row = await rolloutRow(world.rollout.id);
    expect(row).toMatchObject({ status: 'OPEN', autoAcceptNoticeAt: null });
    const cancelled = await mails(world, 'rollout.autoAcceptCancel');
    expect(cancelled).toHaveLength(1);
    expect(cancelled[0]!.text).toContain('a finding was logged');
    // Every rule still holds: the next round starts a new notice rather than accepting.
    await scanReadiness({ now: new Date(t0.getTime() + 5 * DAY + 60_000), rolloutIds: [world.rollout.id] });
    expect((await rolloutRow(world.rollout.id)).status).toBe('OPEN');
    expect(await mails(world, 'rollout.autoAcceptNotice')).toHaveLength(2);
  });
});
