// A team's commitments: component x platform it tests in staged rollout. Only live components, and
// only on a platform the component ships on (ComponentPlatform); a retired team commits to nothing new.
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import { requireLive } from '@/lib/catalog/live-entry';

const refusal = (team: string) => `Only admins and members of ${team} edit its commitments.`;

/** `user` must be an admin or a member of the team (checked here, against the team as loaded). */
export async function addCommitment(user: CurrentUser, input: { teamId: string; componentId: string; platformId: string }) {
  try {
    return await inTransaction(async (tx) => {
      const team = await tx.team.findUnique({ where: { id: input.teamId } });
      if (!team) throw new NotFoundError('This team no longer exists.');
      requirePermission(user, 'team.commit', { teamId: team.id }, refusal(team.name));
      if (team.retiredAt) throw new ValidationError(`${team.name} is retired: it takes no new commitments.`);
      const component = await tx.component.findUnique({
        where: { id: input.componentId },
        include: { stack: true, platforms: { include: { platform: true } } },
      });
      if (!component) throw new ValidationError('Unknown component.', { componentId: ['Choose a component from the catalogue.'] });
      if (component.retiredAt) {
        throw new ValidationError(`${component.name} is retired.`, { componentId: [`${component.name} (${component.stack.name}) is retired: no new commitments.`] });
      }
      const platform = await tx.platform.findUnique({ where: { id: input.platformId } });
      if (!platform) throw new ValidationError('Unknown platform.', { platformId: ['Choose an OS and architecture from the list.'] });
      requireLive(component.stack, `The stack ${component.stack.name}`, 'componentId', 'no new commitments');
      requireLive(platform, `${platform.os} ${platform.arch}`, 'platformId', 'no new commitments');
      if (!component.platforms.some((link) => link.platformId === platform.id)) {
        const shipped = component.platforms.map((link) => `${link.platform.os} ${link.platform.arch}`).sort().join(', ') || 'no platform yet';
        throw new ValidationError(`${component.name} does not ship on ${platform.os} ${platform.arch}.`, {
          platformId: [`${component.name} does not ship on ${platform.os} ${platform.arch}; it ships on ${shipped}.`],
        });
      }
      const existing = await tx.commitment.findUnique({ where: { teamId_componentId_platformId: { teamId: team.id, componentId: component.id, platformId: platform.id } } });
      if (existing) throw duplicate(component.name, `${platform.os} ${platform.arch}`);
      const commitment = await tx.commitment.create({ data: { teamId: team.id, componentId: component.id, platformId: platform.id } });
      await recordAudit(tx, actorOf(user), {
        action: 'team.commit',
        entityType: 'Team',
        entityId: team.id,
        after: { component: component.name, stack: component.stack.name, os: platform.os, arch: platform.arch },
      });
      return { commitment, label: `${component.name} on ${platform.os} ${platform.arch}` };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw duplicate('This component', 'this platform');
    throw error;
  }
}

function duplicate(component: string, platform: string) {
  return new ValidationError(`${component} on ${platform} is already a commitment of this team.`, { componentId: ['The team already committed to this component on this platform.'] });
}

export async function removeCommitment(user: CurrentUser, input: { commitmentId: string; teamId: string }) {
  return inTransaction(async (tx) => {
    const team = await tx.team.findUnique({ where: { id: input.teamId } });
    if (!team) throw new NotFoundError('This team no longer exists.');
    requirePermission(user, 'team.commit', { teamId: team.id }, refusal(team.name));
    const commitment = await tx.commitment.findUnique({
      where: { id: input.commitmentId },
      include: { component: { include: { stack: true } }, platform: true },
    });
    if (!commitment || commitment.teamId !== input.teamId) throw new NotFoundError('This commitment was already removed.');
    await tx.commitment.delete({ where: { id: commitment.id } });
    await recordAudit(tx, actorOf(user), {
      action: 'team.uncommit',
      entityType: 'Team',
      entityId: commitment.teamId,
      before: { component: commitment.component.name, stack: commitment.component.stack.name, os: commitment.platform.os, arch: commitment.platform.arch },
    });
    return { label: `${commitment.component.name} on ${commitment.platform.os} ${commitment.platform.arch}` };
  });
}
