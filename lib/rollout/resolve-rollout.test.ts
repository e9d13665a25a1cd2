import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, NotReadyError } from '@/lib/errors';
import { resolveRollout } from './resolve-rollout';
import { addFinding } from './findings';
import { setBetaFlag } from './set-beta';
import { acceptingTeams, resolveInput as close, completeExposure, makeManager, makeRolloutWorld, makeTeam, sendReport as report, rolloutRow } from './test-fixtures';

describe('resolveRollout', () => {
  it('ACCEPT: forms the document from the summary and reports, resolves, reminds beta teams and moves the release item to production', async () => {
    const world = await makeRolloutWorld();
    const [a, b] = await acceptingTeams(world, 2);
    await completeExposure(world, a!);
    await completeExposure(world, b!);
    const names = [await report(world, a!, 'ACCEPT'), await report(world, b!, 'ACCEPT')];
    await setBetaFlag(b!.member, world.rollout.number, { teamId: b!.team.id, beta: true });
    const version = (await rolloutRow(world.rollout.id)).version;
    const result = await resolveRollout(world.manager, world.rollout.number, close('ACCEPT', version, { knownIssues: 'Restart tomcat after the update.' }));

    const rollout = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id }, include: { document: true, releaseItem: true } });
    expect(rollout).toMatchObject({ status: 'RESOLVED', outcome: 'ACCEPT', knownIssues: 'Restart tomcat after the update.', outcomeReason: null, version: version + 1 });
    expect(rollout.resolvedAt).toBeInstanceOf(Date);
    expect(rollout.document).toMatchObject({
      number: result.documentNumber,
      description: `Staged rollout ${world.stack.name} ${world.component.name} 1.8.0-1 SL5 x86_64`,
      summaryFileName: `summary-${world.stack.name}-${world.component.name}-1.8.0-1-sl5-x86_64.md`,
    });
    expect(rollout.releaseItem.state).toBe('PRODUCTION');
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: world.rollout.id, action: 'rollout.resolve' } });
    expect((audit.after as { reports: string[] }).reports.sort()).toEqual(names.sort());
    const reminders = await db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind: 'rollout.betaReminder' } });
    expect(reminders).toHaveLength(1);
    expect(reminders[0]!.recipients).toEqual([b!.contact]);
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'release.production' } })).toBe(1);
    // The file's first test also pays for loading the modules: room for a busy two-core machine.
  }, 60_000);

  it('REJECT: the release item is rejected and no production announcement is queued', async () => {
    const world = await makeRolloutWorld();
    const [a] = await acceptingTeams(world, 1);
    await report(world, a!, 'REJECT');
    await resolveRollout(world.manager, world.rollout.number, close('REJECT', (await rolloutRow(world.rollout.id)).version, { knownIssues: 'Breaks proxy renewal.' }));
    const rollout = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id }, include: { releaseItem: true } });
    expect(rollout).toMatchObject({ status: 'RESOLVED', outcome: 'REJECT' });
    expect(rollout.releaseItem.state).toBe('ROLLOUT_REJECTED');
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'release.production' } })).toBe(0);
  });

  it('refuses a premature ACCEPT with the unmet rules; writes nothing', async () => {
    const world = await makeRolloutWorld();
    const [a] = await acceptingTeams(world, 1);
    await report(world, a!, 'ACCEPT'); // the team reported, but its exposure has not run
    const version = (await rolloutRow(world.rollout.id)).version;
    const refused = await resolveRollout(world.manager, world.rollout.number, close('ACCEPT', version)).catch((e) => e);
    expect(refused).toBeInstanceOf(NotReadyError);
    expect(refused.status).toBe(409);
    expect(refused.rules.map((r: { id: string }) => r.id)).toEqual(['exposures', 'acceptReports']);
    expect(refused.message).toContain(`Exposure not completed: ${a!.team.name} (not installed yet)`);
    expect(await rolloutRow(world.rollout.id)).toMatchObject({ status: 'OPEN', version });
    expect(await db.document.count({ where: { rolloutId: world.rollout.id } })).toBe(0);
    // A manager cannot override; the coordinator can, with a reason.
    const forbidden = await resolveRollout(world.manager, world.rollout.number, close('ACCEPT', version, { override: true, overrideReason: 'Urgent fix, the site ran it for two days.' })).catch((e) => e);
    expect(forbidden).toBeInstanceOf(ForbiddenError);
    const result = await resolveRollout(world.coordinator, world.rollout.number, close('ACCEPT', version, { override: true, overrideReason: 'Urgent fix, the site ran it for two days.' }));
    expect(result.message).toContain('accepted with override');
    expect(await rolloutRow(world.rollout.id)).toMatchObject({
      status: 'RESOLVED',
      outcome: 'ACCEPT',
      acceptedWithOverride: true,
      overrideById: world.coordinator.id,
      outcomeReason: 'Urgent fix, the site ran it for two days.',
    });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: world.rollout.id, action: 'rollout.resolve' } });
    expect(audit.after).toMatchObject({ readiness: 'WAITING', policy: { kind: 'MINOR', version: 1 } });
    expect((audit.after as { overriddenRules: string[] }).overriddenRules).toHaveLength(2);
    const mail = await db.outboxMessage.findFirstOrThrow({ where: { rolloutId: world.rollout.id, kind: 'release.outcome' } });
    expect(mail.text).toContain('Accepted with override');
    expect(mail.text).toContain('Urgent fix, the site ran it for two days.');
  });

  it('a REJECT recommendation or an open blocker finding holds the rollout: no ACCEPT, not even by the coordinator; REJECT stays possible', async () => {
    const world = await makeRolloutWorld();
    const [a, b] = await acceptingTeams(world, 2);
    await completeExposure(world, a!);
    await completeExposure(world, b!);
    await report(world, a!, 'ACCEPT');
    await report(world, b!, 'REJECT');
    await addFinding(a!.member, world.rollout.number, { teamId: a!.team.id, kind: 'HELPDESK', severity: 'BLOCKER', title: 'Memory leak', body: '', reference: '654321' });
    // The REJECT report and the blocker each put the rollout on hold at once: manager, coordinator and provider are told once per cause.
    const held = await db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind: 'rollout.held' }, orderBy: { createdAt: 'asc' } });
    expect(held).toHaveLength(2);
    expect(held[0]!.text).toContain(`${b!.team.name} recommends REJECT`);
    expect(held[1]!.text).toContain('Memory leak');
    for (const mail of held) {
      expect(mail.subject).toContain('HELD');
      expect(mail.recipients).toEqual(expect.arrayContaining([world.manager.email, world.coordinator.email, world.submitter.email]));
    }
    const version = (await rolloutRow(world.rollout.id)).version;
    for (const user of [world.manager, world.coordinator]) {
      const held = await resolveRollout(user, world.rollout.number, close('ACCEPT', version, { override: true, overrideReason: 'We know better than the reports.' })).catch((e) => e);
      expect(held).toBeInstanceOf(NotReadyError);
      expect(held.message).toMatch(/on hold/);
      expect(held.message).toContain(`Recommended REJECT: ${b!.team.name}`);
      expect(held.message).toContain('Memory leak');
      expect(held.rules.map((r: { id: string }) => r.id)).toEqual(['noRejectReports', 'noBlockers']);
    }
    expect((await rolloutRow(world.rollout.id)).status).toBe('OPEN');
    await resolveRollout(world.manager, world.rollout.number, close('REJECT', version));
    expect(await rolloutRow(world.rollout.id)).toMatchObject({ status: 'RESOLVED', outcome: 'REJECT', acceptedWithOverride: false });
  });

  it('closes every invitation still unanswered and tells those teams once', async () => {
    const world = await makeRolloutWorld();
    const [a] = await acceptingTeams(world, 1);
    const silent = await makeTeam(world);
    const { inviteTeams } = await import('./invite-teams');
    await inviteTeams(world.manager, world.rollout.number, { teamIds: [silent.team.id], template: 'Dear {{team}}, please test by {{replyDue}}; report {{reportFileName}}.' });
    await completeExposure(world, a!);
    await report(world, a!, 'ACCEPT');
    // The silent team's reply window has passed: it is late, so it no longer holds the rollout.
    await db.participation.update({ where: { rolloutId_teamId: { rolloutId: world.rollout.id, teamId: silent.team.id } }, data: { replyDueAt: new Date(Date.now() - 60_000) } });
    await resolveRollout(world.manager, world.rollout.number, close('ACCEPT', (await rolloutRow(world.rollout.id)).version));
    const row = await db.participation.findUniqueOrThrow({ where: { rolloutId_teamId: { rolloutId: world.rollout.id, teamId: silent.team.id } } });
    expect(row.status).toBe('CLOSED');
    const told = await db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind: 'rollout.invitationClosed' } });
    expect(told).toHaveLength(1);
    expect(told[0]!.recipients).toEqual([silent.contact]);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: world.rollout.id, action: 'rollout.resolve' } });
    expect(audit.after).toMatchObject({ readiness: 'READY', closedInvitations: [silent.team.name] });
  });

  it('refuses a manager of another stack and a rollout that is not open', async () => {
    const world = await makeRolloutWorld();
    await expect(resolveRollout(world.manager, world.rollout.number, close('REJECT', 1))).rejects.toThrow(/no manager yet/);
    await acceptingTeams(world, 1);
    await expect(resolveRollout(world.otherManager, world.rollout.number, close('REJECT', 3))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('two managers on a stale page at the same moment: exactly one outcome, one document, one audit row, one outcome message', async () => {
    const world = await makeRolloutWorld();
    const second = await makeManager(world.stack.id);
    const [a] = await acceptingTeams(world, 1);
    await completeExposure(world, a!);
    await report(world, a!, 'ACCEPT');
    const version = (await rolloutRow(world.rollout.id)).version;
    const results = await Promise.allSettled([
      resolveRollout(world.manager, world.rollout.number, close('ACCEPT', version)),
      resolveRollout(second, world.rollout.number, close('REJECT', version)),
    ]);
    const fulfilled = results.filter((r) => r.status === 'fulfilled');
    const rejected = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected');
    expect(fulfilled).toHaveLength(1);
    expect(rejected).toHaveLength(1);
    expect(rejected[0]!.reason).toBeInstanceOf(ConflictError);
    expect(rejected[0]!.reason.message).toMatch(/changed this rollout|at the same moment/);
    const row = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id }, include: { releaseItem: true } });
    const winner = results[0]!.status === 'fulfilled' ? 'ACCEPT' : 'REJECT';
    expect(row.outcome).toBe(winner);
    expect(row.releaseItem.state).toBe(winner === 'ACCEPT' ? 'PRODUCTION' : 'ROLLOUT_REJECTED');
    expect(await db.document.count({ where: { rolloutId: world.rollout.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: world.rollout.id, action: 'rollout.resolve' } })).toBe(1);
    expect(await db.auditEvent.count({ where: { entityId: world.item.id, action: 'releaseItem.outcome' } })).toBe(1);
    const outcome = await db.outboxMessage.findMany({ where: { rolloutId: world.rollout.id, kind: 'release.outcome' } });
    expect(outcome).toHaveLength(1);
    expect(outcome[0]!.recipients).toEqual([world.submitter.email]);
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'release.production' } })).toBe(winner === 'ACCEPT' ? 1 : 0);
  });
});
