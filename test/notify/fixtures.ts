// Test data for the notification tests: a whole staged-rollout ticket (provider, stack, component,
// platform, release, child, rollout, owner manager, EA team with contacts), with unique names.
import { uniqueName } from '@/lib/seed/factories';
import { db } from '@/lib/db/client';
import type { ParticipationStatus } from '@/lib/generated/prisma/client';


export async function createUser(options: { email?: string; timeZone?: string } = {}) {
  const email = options.email ?? `${uniqueName('user')}@notify.test`;
  return db.user.create({ data: { email, name: email.split('@')[0]!, timeZone: options.timeZone ?? 'UTC' } });
}

export async function createTeam(options: { timeZone?: string; ngiCode?: string; contacts?: string[] } = {}) {
  const code = options.ngiCode ?? uniqueName('N').toUpperCase();
  const ngi = await db.ngi.upsert({ where: { code }, create: { code, name: `NGI ${code}` }, update: {} });
  const siteName = uniqueName('Site');
  const site = await db.site.create({ data: { ngiId: ngi.id, name: siteName, timeZone: options.timeZone ?? 'UTC' } });
  const team = await db.team.create({ data: { name: `ea-${code}-${siteName}`, siteId: site.id } });
  const contacts = options.contacts ?? [`contact-${siteName.toLowerCase()}@team.test`];
  for (const email of contacts) await db.teamContact.create({ data: { teamId: team.id, email } });
  return { ngi, site, team, contacts };
}

export async function createRollout(options: { status?: 'NEW' | 'OPEN' | 'RESOLVED'; withOwner?: boolean } = {}) {
  const provider = await db.technologyProvider.create({ data: { name: uniqueName('Provider') } });
  const slug = uniqueName('stack').toLowerCase();
  const stack = await db.stack.create({ data: { slug, name: uniqueName('Stack'), providerId: provider.id, mailingList: `early-adopters-${slug}@lists.test` } });
  const component = await db.component.create({ data: { stackId: stack.id, name: uniqueName('CREAM'), capability: 'COMPUTE' } });
  const platform = await db.platform.create({ data: { os: uniqueName('SL'), arch: 'x86_64' } });
  const release = await db.release.create({
    data: { stackId: stack.id, componentId: component.id, umdMajor: 'EMI-1.0', productVersion: '1.8.0-1', type: 'REVISION' },
  });
  const item = await db.releaseItem.create({ data: { releaseId: release.id, platformId: platform.id, state: 'STAGED_ROLLOUT' } });
  const owner = options.withOwner === false ? null : await createUser({ email: `${uniqueName('manager')}@managers.test` });
  const rollout = await db.rollout.create({
    data: {
      releaseItemId: item.id,
      title: `Staged Rollout EMI-1.0 ${component.name} 1.8.0-1 ${platform.os} x86_64`,
      status: options.status ?? 'OPEN',
      ownerId: owner?.id,
      assignedAt: owner ? new Date() : null,
    },
  });
  return { provider, stack, component, platform, release, item, rollout, owner };
}

export async function invite(
  rolloutId: string,
  teamId: string,
  data: { status?: ParticipationStatus; invitedAt?: Date; replyDueAt?: Date | null; exposureStart?: Date | null; exposureEnd?: Date | null } = {},
) {
  return db.participation.create({
    data: {
      rolloutId,
      teamId,
      status: data.status ?? 'INVITED',
      invitedAt: data.invitedAt ?? new Date(),
      replyDueAt: data.replyDueAt ?? null,
      exposureStart: data.exposureStart ?? null,
      exposureEnd: data.exposureEnd ?? null,
    },
  });
}
