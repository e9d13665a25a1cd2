import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, ValidationError } from '@/lib/errors';
import { changeExposureEnd, startExposure } from './exposure-period';
import { addFinding, setFindingOpen } from './findings';
import { reportFileName } from './naming';
import { saveInstallNotes } from './save-install-notes';
import { setBetaFlag } from './set-beta';
import { acceptingTeams, makeRolloutWorld, makeTeam, openAndInvite, type RolloutWorld, type TestTeam } from './test-fixtures';
import { uploadReport } from './upload-report';

const fields = (teamId: string) => ({
  teamId,
  releaseNotesCorrect: true,
  testsPerformed: 'Submitted 500 test jobs through the WMS; checked proxy renewal.',
  jobsPerDay: 1200,
  transfersPerDay: undefined,
  vos: 'atlas, biomed',
  recommendation: 'ACCEPT' as const,
  installedVersion: '1.8.0-1',
  ranOnOs: 'SL5',
  ranOnArch: 'x86_64',
  testedItemIds: [] as string[],
});
const expectedName = (world: RolloutWorld, t: TestTeam, ext = 'pdf') =>
  reportFileName({ ngiCode: t.ngi.code, siteName: t.site.name, stack: world.stack.name, component: world.component.name, version: '1.8.0-1', ext });
const pdf = new TextEncoder().encode('%PDF-1.4\n1 0 obj << >> endobj\ntrailer\n%%EOF');
const row = (world: RolloutWorld, t: TestTeam) => db.participation.findUniqueOrThrow({ where: { rolloutId_teamId: { rolloutId: world.rollout.id, teamId: t.team.id } } });

describe('a taking-part team’s work', () => {
  it('records the beta flag with its times, set and removed', async () => {
    const world = await makeRolloutWorld();
    const [team] = await acceptingTeams(world, 1);
    await setBetaFlag(team!.member, world.rollout.number, { teamId: team!.team.id, beta: true });
    const set = await row(world, team!);
    expect(set.beta).toBe(true);
    expect(set.betaSetAt).toBeInstanceOf(Date);
    await expect(setBetaFlag(team!.member, world.rollout.number, { teamId: team!.team.id, beta: true })).rejects.toThrow(/already recorded as set/);
    await setBetaFlag(team!.member, world.rollout.number, { teamId: team!.team.id, beta: false, version: set.version });
    expect(await row(world, team!)).toMatchObject({ beta: false, betaSetAt: set.betaSetAt });
    expect((await row(world, team!)).betaRemovedAt).toBeInstanceOf(Date);
  });

  it('refuses the work to a team that only was invited, and to members of other teams', async () => {
    const world = await makeRolloutWorld();
    const invited = await makeTeam(world);
    const outsider = await makeTeam(world);
    await openAndInvite(world, [invited]);
    await expect(setBetaFlag(invited.member, world.rollout.number, { teamId: invited.team.id, beta: true })).rejects.toThrow(/not doing this test/);
    await expect(saveInstallNotes(outsider.member, world.rollout.number, { teamId: invited.team.id, installNotes: 'x' })).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('keeps installation notes and starts a 7-day exposure (2 days for security releases) that only the manager may move', async () => {
    const world = await makeRolloutWorld();
    const [team] = await acceptingTeams(world, 1);
    await saveInstallNotes(team!.member, world.rollout.number, { teamId: team!.team.id, installNotes: 'yum update from the SR repo; YAIM ok' });
    const { exposureEnd } = await startExposure(team!.member, world.rollout.number, { teamId: team!.team.id });
    const started = await row(world, team!);
    expect(started.installNotes).toBe('yum update from the SR repo; YAIM ok');
    expect(exposureEnd.getTime() - started.exposureStart!.getTime()).toBe(7 * 86_400_000);
    await expect(startExposure(team!.member, world.rollout.number, { teamId: team!.team.id })).rejects.toThrow(/already started/);

    const end = new Date(started.exposureStart!.getTime() + 5 * 86_400_000);
    await expect(changeExposureEnd(team!.member, world.rollout.number, { teamId: team!.team.id, exposureEnd: end.toISOString() })).rejects.toBeInstanceOf(ForbiddenError);
    const tooEarly = await changeExposureEnd(world.manager, world.rollout.number, { teamId: team!.team.id, exposureEnd: '2000-01-01T00:00' }).catch((e) => e);
    expect(tooEarly).toBeInstanceOf(ValidationError);
    expect(tooEarly.fieldErrors.exposureEnd).toEqual(['The exposure must end after it started.']);
    await changeExposureEnd(world.manager, world.rollout.number, { teamId: team!.team.id, exposureEnd: end.toISOString() });
    expect((await row(world, team!)).exposureEnd!.toISOString()).toBe(end.toISOString());

    const security = await makeRolloutWorld({ type: 'REVISION', security: true });
    const [fast] = await acceptingTeams(security, 1);
    const short = await startExposure(fast!.member, security.rollout.number, { teamId: fast!.team.id });
    const fastRow = await row(security, fast!);
    expect(short.exposureEnd.getTime() - fastRow.exposureStart!.getTime()).toBe(2 * 86_400_000);
  });

  it('logs findings as comments or GGUS links, and lets the team or the manager close them', async () => {
    const world = await makeRolloutWorld();
    const [team] = await acceptingTeams(world, 1);
    const { findingId } = await addFinding(team!.member, world.rollout.number, { teamId: team!.team.id, kind: 'HELPDESK', title: 'CE drops jobs', body: '', reference: '123456' });
    const finding = await db.finding.findUniqueOrThrow({ where: { id: findingId } });
    expect(finding).toMatchObject({ kind: 'HELPDESK', externalId: '123456', url: 'https://ggus.eu/?mode=ticket_info&ticket_id=123456', open: true, teamId: team!.team.id });
    const bad = await addFinding(team!.member, world.rollout.number, { teamId: team!.team.id, kind: 'HELPDESK', title: 'Bad link', body: '', reference: 'javascript:alert(1)' }).catch((e) => e);
    expect(bad.fieldErrors.reference).toEqual(['Only http:// and https:// links are allowed.']);
    await addFinding(world.manager, world.rollout.number, { kind: 'COMMENT', title: 'Release notes miss a step', body: 'restart tomcat', reference: '' });
    await expect(addFinding(world.otherManager, world.rollout.number, { kind: 'COMMENT', title: 'nope', body: '', reference: '' })).rejects.toBeInstanceOf(ForbiddenError);
    await setFindingOpen(world.manager, world.rollout.number, { findingId, open: false, version: 1 });
    expect(await db.finding.findUniqueOrThrow({ where: { id: findingId } })).toMatchObject({ open: false, version: 2 });
    await expect(setFindingOpen(team!.member, world.rollout.number, { findingId, open: true, version: 1 })).rejects.toBeInstanceOf(ConflictError);
    await setFindingOpen(team!.member, world.rollout.number, { findingId, open: true, version: 2 });
    expect(await db.finding.count({ where: { rolloutId: world.rollout.id, open: true } })).toBe(2);
  });

  it('stores a correctly named report with its sha256 and tells the manager; refuses a wrong name or type with the expected name', async () => {
    const world = await makeRolloutWorld();
    const [team] = await acceptingTeams(world, 1);
    const wrongName = await uploadReport(team!.member, world.rollout.number, fields(team!.team.id), { name: 'report.pdf', bytes: pdf }).catch((e) => e);
    expect(wrongName).toBeInstanceOf(ValidationError);
    expect(wrongName.fieldErrors.file[0]).toContain(expectedName(world, team!));
    expect(wrongName.fieldErrors.expectedFileName).toEqual([expectedName(world, team!)]);
    const disguised = await uploadReport(team!.member, world.rollout.number, fields(team!.team.id), { name: expectedName(world, team!), bytes: Uint8Array.from([0x4d, 0x5a, 0x90, 0]) }).catch((e) => e);
    expect(disguised.fieldErrors.file[0]).toContain('must be a PDF document');
    expect(await db.report.count({ where: { participation: { rolloutId: world.rollout.id } } })).toBe(0);

    const { reportId } = await uploadReport(team!.member, world.rollout.number, fields(team!.team.id), { name: expectedName(world, team!), bytes: pdf });
    const report = await db.report.findUniqueOrThrow({ where: { id: reportId } });
    expect(report).toMatchObject({
      fileName: expectedName(world, team!),
      contentType: 'application/pdf',
      size: pdf.length,
      sha256: createHash('sha256').update(pdf).digest('hex'),
      releaseNotesCorrect: true,
      jobsPerDay: 1200,
      transfersPerDay: null,
      vos: 'atlas, biomed',
      recommendation: 'ACCEPT',
      submittedById: team!.member.id,
    });
    expect(Buffer.from(report.content).equals(Buffer.from(pdf))).toBe(true);
    expect(await db.outboxMessage.count({ where: { rolloutId: world.rollout.id, kind: 'rollout.reportReceived' } })).toBe(1);
    // a second upload replaces the first
    const md = new TextEncoder().encode('# Report\nAll good.');
    await uploadReport(team!.member, world.rollout.number, { ...fields(team!.team.id), recommendation: 'REJECT' }, { name: expectedName(world, team!, 'md'), bytes: md });
    expect(await db.report.findMany({ where: { participation: { rolloutId: world.rollout.id } } })).toMatchObject([{ fileName: expectedName(world, team!, 'md'), recommendation: 'REJECT' }]);
  });
});
