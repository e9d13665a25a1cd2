import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { closeRollout } from './close-rollout';
import { addFinding } from './findings';
import { reportFileName } from './naming';
import { setBetaFlag } from './set-beta';
import { acceptingTeams, makeManager, makeRolloutWorld, rolloutRow, type RolloutWorld, type TestTeam } from './test-fixtures';
import { uploadReport } from './upload-report';

async function report(world: RolloutWorld, team: TestTeam, recommendation: 'ACCEPT' | 'REJECT') {
  const name = reportFileName({ ngiCode: team.ngi.code, siteName: team.site.name, stack: world.stack.name, component: world.component.name, version: '1.8.0-1', ext: 'txt' });
  await uploadReport(
    team.member,
    world.rollout.number,
    { teamId: team.team.id, releaseNotesCorrect: true, testsPerformed: 'Ran the standard job submission tests.', vos: 'ops', recommendation },
    { name, bytes: new TextEncoder().encode(`Report of ${team.team.name}: ${recommendation}`) },
  );
  return name;
}

const close = (outcome: 'ACCEPT' | 'REJECT', version: number, extra: Partial<{ confirmNegative: boolean; outcomeReason: string; knownIssues: string }> = {}) => ({
  outcome,
  summary: 'Two sites ran the update for a week without problems.',
  summaryExt: 'md' as const,
  knownIssues: '',
  confirmNegative: false,
  outcomeReason: '',
  version,
  ...extra,
});

describe('closeRollout', () => {
  it('ACCEPT: forms the document from the summary and reports, resolves, reminds beta teams and moves the release item to production', async () => {
    const world = await makeRolloutWorld();
    const [a, b] = await acceptingTeams(world, 2);
    const names = [await report(world, a!, 'ACCEPT'), await report(world, b!, 'ACCEPT')];
    await setBetaFlag(b!.member, world.rollout.number, { teamId: b!.team.id, beta: true });
    const version = (await rolloutRow(world.rollout.id)).version;
    const result = await closeRollout(world.manager, world.rollout.number, close('ACCEPT', version, { knownIssues: 'Restart tomcat after the update.' }));

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
  });

  it('REJECT: the release item is rejected and no production announcement is queued', async () => {
    const world = await makeRolloutWorld();
    const [a] = await acceptingTeams(world, 1);
    await report(world, a!, 'REJECT');
    await closeRollout(world.manager, world.rollout.number, close('REJECT', (await rolloutRow(world.rollout.id)).version, { knownIssues: 'Breaks proxy renewal.' }));
    const rollout = await db.rollout.findUniqueOrThrow({ where: { id: world.rollout.id }, include: { releaseItem: true } });
    expect(rollout).toMatchObject({ status: 'RESOLVED', outcome: 'REJECT' });
    expect(rollout.releaseItem.state).toBe('ROLLOUT_REJECTED');
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'release.production' } })).toBe(0);
  });

  it('holds an ACCEPT over a REJECT recommendation or an open finding until it is confirmed with a reason', async () => {
    const world = await makeRolloutWorld();
    const [a, b] = await acceptingTeams(world, 2);
    await report(world, a!, 'ACCEPT');
    await report(world, b!, 'REJECT');
    await addFinding(a!.member, world.rollout.number, { teamId: a!.team.id, kind: 'HELPDESK', title: 'Memory leak', body: '', reference: '654321' });
    const version = (await rolloutRow(world.rollout.id)).version;
    const held = await closeRollout(world.manager, world.rollout.number, close('ACCEPT', version)).catch((e) => e);
    expect(held).toBeInstanceOf(ValidationError);
    expect(held.message).toContain(`${b!.team.name} recommends REJECT`);
    expect(held.message).toContain('Memory leak (GGUS 654321)');
    expect((await rolloutRow(world.rollout.id)).status).toBe('OPEN');
    expect(await db.document.count({ where: { rolloutId: world.rollout.id } })).toBe(0);

    await closeRollout(world.manager, world.rollout.number, close('ACCEPT', version, { confirmNegative: true, outcomeReason: 'The leak is fixed by a workaround documented in known issues.' }));
    const row = await rolloutRow(world.rollout.id);
    expect(row).toMatchObject({ status: 'RESOLVED', outcome: 'ACCEPT', outcomeReason: 'The leak is fixed by a workaround documented in known issues.' });
    const audit = await db.auditEvent.findFirstOrThrow({ where: { entityId: world.rollout.id, action: 'rollout.resolve' } });
    expect((audit.after as { overriddenFindings: string[] }).overriddenFindings).toHaveLength(2);
  });

  it('refuses a manager of another stack and a rollout that is not open', async () => {
    const world = await makeRolloutWorld();
    await expect(closeRollout(world.manager, world.rollout.number, close('REJECT', 1))).rejects.toThrow(/no manager yet/);
    await acceptingTeams(world, 1);
    await expect(closeRollout(world.otherManager, world.rollout.number, close('REJECT', 3))).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('two managers on a stale page at the same moment: exactly one outcome, one document, one audit row, one outcome message', async () => {
    const world = await makeRolloutWorld();
    const second = await makeManager(world.stack.id);
    const [a] = await acceptingTeams(world, 1);
    await report(world, a!, 'ACCEPT');
    const version = (await rolloutRow(world.rollout.id)).version;
    const results = await Promise.allSettled([
      closeRollout(world.manager, world.rollout.number, close('ACCEPT', version)),
      closeRollout(second, world.rollout.number, close('REJECT', version)),
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
