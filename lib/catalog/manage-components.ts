// Components (products) of a stack: UMD capability, description, the platforms they ship on. Retiring
// sets retiredAt and keeps every commitment, release and rollout, so the history stays whole; a retired
// component takes no new commitments. A platform with commitments cannot be dropped from a component.
import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { inTransaction, type Tx, updateVersioned } from '@/lib/db/transaction';
import { isUniqueViolation, NotFoundError, ValidationError } from '@/lib/errors';
import type { CreateComponentInput, EditComponentInput } from './schemas';
import { equalsIgnoringCase } from '@/lib/db/like';
import { requireLive } from './live-entry';

const STALE = 'This component was changed by someone else since you opened the page; reload and try again.';
const nameTaken = (name: string, stack: string) => new ValidationError(`${stack} already has ${name}.`, { name: [`${stack} already has a component named ${name}.`] });

/** `kept`: the platforms the component already ships on, which may be retired since; any other must be live. */
async function resolvePlatforms(tx: Tx, ids: string[], kept: ReadonlySet<string> = new Set()) {
  const unique = [...new Set(ids)];
  const platforms = await tx.platform.findMany({ where: { id: { in: unique } } });
  if (platforms.length !== unique.length) throw new ValidationError('Unknown platform.', { platformIds: ['One of the platforms no longer exists; reload the page.'] });
  for (const platform of platforms) if (!kept.has(platform.id)) requireLive(platform, `${platform.os} ${platform.arch}`, 'platformIds', 'no new components ship on it');
  return platforms;
}

export async function createComponent(user: CurrentUser, input: CreateComponentInput) {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'catalog.edit');
      const stack = await tx.stack.findUnique({ where: { id: input.stackId } });
      if (!stack) throw new ValidationError('Unknown stack.', { stackId: ['Choose a stack from the list.'] });
      requireLive(stack, `The stack ${stack.name}`, 'stackId', 'no new components');
      if (await tx.component.findFirst({ where: { stackId: stack.id, name: equalsIgnoringCase(input.name) } })) throw nameTaken(input.name, stack.name);
      const platforms = await resolvePlatforms(tx, input.platformIds);
      const component = await tx.component.create({
        data: {
          stackId: stack.id,
          name: input.name,
          capability: input.capability,
          description: input.description,
          gocdbServiceType: input.gocdbServiceType ?? null,
          platforms: { create: platforms.map((platform) => ({ platformId: platform.id })) },
        },
      });
      await recordAudit(tx, actorOf(user), {
        action: 'catalog.createComponent',
        entityType: 'Component',
        entityId: component.id,
        after: { stack: stack.name, name: component.name, capability: component.capability, gocdbServiceType: component.gocdbServiceType, platforms: platforms.map((p) => `${p.os} ${p.arch}`).sort() },
      });
      return component;
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name, 'This stack');
    throw error;
  }
}

export async function updateComponent(user: CurrentUser, input: EditComponentInput) {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'catalog.edit');
      const component = await tx.component.findUnique({ where: { id: input.id }, include: { stack: true, platforms: { include: { platform: true } } } });
      if (!component) throw new NotFoundError('This component no longer exists.');
      const clash = await tx.component.findFirst({ where: { stackId: component.stackId, name: equalsIgnoringCase(input.name), id: { not: component.id } } });
      if (clash) throw nameTaken(input.name, component.stack.name);
      const platforms = await resolvePlatforms(tx, input.platformIds, new Set(component.platforms.map((link) => link.platformId)));
      const keep = new Set(platforms.map((platform) => platform.id));
      const dropped = component.platforms.filter((link) => !keep.has(link.platformId));
      if (dropped.length) {
        const used = await tx.commitment.groupBy({ by: ['platformId'], where: { componentId: component.id, platformId: { in: dropped.map((link) => link.platformId) } }, _count: { _all: true } });
        if (used.length) {
          const labels = used.map((row) => {
            const platform = dropped.find((link) => link.platformId === row.platformId)!.platform;
            return `${platform.os} ${platform.arch} (${row._count._all} commitment${row._count._all === 1 ? '' : 's'})`;
          });
          throw new ValidationError('Platforms in use.', { platformIds: [`Teams are committed on ${labels.join(', ')}: remove those commitments first.`] });
        }
      }
      await updateVersioned(
        tx,
        'component',
        { id: component.id, version: input.version },
        { name: input.name, capability: input.capability, description: input.description, gocdbServiceType: input.gocdbServiceType },
        STALE,
      );
      await tx.componentPlatform.deleteMany({ where: { componentId: component.id, platformId: { in: dropped.map((link) => link.platformId) } } });
      const had = new Set(component.platforms.map((link) => link.platformId));
      await tx.componentPlatform.createMany({ data: platforms.filter((p) => !had.has(p.id)).map((p) => ({ componentId: component.id, platformId: p.id })) });
      await recordAudit(tx, actorOf(user), {
        action: 'catalog.editComponent',
        entityType: 'Component',
        entityId: component.id,
        before: { name: component.name, capability: component.capability, description: component.description, gocdbServiceType: component.gocdbServiceType, platforms: component.platforms.map((l) => `${l.platform.os} ${l.platform.arch}`).sort() },
        after: { name: input.name, capability: input.capability, description: input.description, gocdbServiceType: input.gocdbServiceType === undefined ? component.gocdbServiceType : input.gocdbServiceType, platforms: platforms.map((p) => `${p.os} ${p.arch}`).sort() },
      });
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw nameTaken(input.name, 'This stack');
    throw error;
  }
}

export async function setComponentRetired(user: CurrentUser, input: { id: string; version: number; retire: boolean }) {
  await inTransaction(async (tx) => {
    requirePermission(user, 'catalog.edit');
    const component = await tx.component.findUnique({ where: { id: input.id } });
    if (!component) throw new NotFoundError('This component no longer exists.');
    const retiredAt = input.retire ? (component.retiredAt ?? new Date()) : null;
    await updateVersioned(tx, 'component', { id: component.id, version: input.version }, { retiredAt }, STALE);
    await recordAudit(tx, actorOf(user), {
      action: input.retire ? 'catalog.retireComponent' : 'catalog.unretireComponent',
      entityType: 'Component',
      entityId: component.id,
      before: { retiredAt: component.retiredAt },
      after: { retiredAt },
    });
  });
}
