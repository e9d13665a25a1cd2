// The test-data factories on the worker's shared database: unique defaults, natural-key look-ups.
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import {
  createCommitment,
  createComponent,
  createManager,
  createParticipation,
  createRelease,
  createReport,
  createRollout,
  createTeam,
  createUser,
  uniqueTag,
} from './factories';

describe('factories', () => {
  it('creates an EA team ea-<NGI>-<Site> with its group and member, and finds it again by name', async () => {
    const siteName = `SITE-${uniqueTag()}`;
    const first = await createTeam(db, { ngiCode: 'PT', ngiName: 'Portugal', siteName });
    expect(first.team.name).toBe(`ea-PT-${siteName}`);
    expect(first.team.name).toMatch(/^ea-[A-Z]+-[A-Za-z0-9_.-]+$/);
    expect(first.group).toMatchObject({ name: first.team.name, kind: 'TEAM', teamId: first.team.id });
    expect(first.member?.email).toBe(`member@ea-pt-${siteName.toLowerCase()}.demo.local`);
    const again = await createTeam(db, { ngiCode: 'PT', siteName });
    expect(again.team.id).toBe(first.team.id);
    expect(again.member?.id).toBe(first.member?.id);

    const other = await createTeam(db);
    expect(other.team.name).not.toBe(first.team.name);
    expect(other.team.name).toMatch(/^ea-[A-Z]+-[A-Za-z0-9_.-]+$/);
  });

  it('creates users in groups and managers with their stacks', async () => {
    const user = await createUser(db, { groups: ['early-adopters-admins'] });
    const groups = await db.groupMembership.findMany({ where: { userId: user.id }, include: { group: true } });
    expect(groups.map((membership) => membership.group.name)).toEqual(['early-adopters-admins']);

    const slug = `st${uniqueTag()}`;
    const manager = await createManager(db, { stacks: [slug] });
    const links = await db.stackManager.findMany({ where: { userId: manager.id }, include: { stack: true } });
    expect(links.map((link) => link.stack.slug)).toEqual([slug]);
    expect(await db.group.findUnique({ where: { name: `early-adopters-${slug}` } })).toMatchObject({ kind: 'STACK_LIST' });
  });

  it('commits only on a platform the component ships on', async () => {
    const component = await createComponent(db, { platforms: ['SL5 x86_64', 'SL6 x86_64'] });
    const commitment = await createCommitment(db, { componentId: component.id });
    expect(component.platformList.map((platform) => platform.id)).toContain(commitment.platformId);
    const defaults = await createCommitment(db);
    expect(defaults.teamId).not.toBe(commitment.teamId);
  });

  it('creates a release, its rollout titled by convention, an invitation and a report', async () => {
    const component = await createComponent(db, { name: `SE-DPM_${uniqueTag()}`, platforms: ['SL5 x86_64'] });
    const release = await createRelease(db, { componentId: component.id, umdMajor: 'EMI-1.0', productVersion: '1.8.0-1', state: 'STAGED_ROLLOUT' });
    expect(release.items).toHaveLength(1);
    expect((await createRelease(db, { componentId: component.id, umdMajor: 'EMI-1.0', productVersion: '1.8.0-1' })).id).toBe(release.id);

    const rollout = await createRollout(db, { releaseItemId: release.items[0]!.id });
    expect(rollout.title).toBe(`Staged Rollout EMI-1.0 ${component.name} 1.8.0-1 SL5 x86_64`);
    expect(rollout.status).toBe('NEW');

    const invitedAt = new Date('2026-03-13T10:00:00Z'); // a Friday
    const participation = await createParticipation(db, { rolloutId: rollout.id, invitedAt });
    expect(participation.replyDueAt!.getUTCDay()).toBe(1); // due on Monday

    const report = await createReport(db, { participationId: participation.id });
    expect(report.sha256).toBe(createHash('sha256').update(Buffer.from(report.content)).digest('hex'));
    expect(report.fileName).toMatch(new RegExp(`^ea-[A-Z]+-SITE-[a-f0-9]+-Stack_stack-[a-f0-9]+-SE-DPM_[a-f0-9]+-1\\.8\\.0-1\\.txt$`));
  });
});
