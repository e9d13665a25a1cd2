// Release intake: the `sw-rel` parent ticket and one child per Product-Platform-Architecture, checked
// against the catalogue and the release cadence, written with its audit rows in one transaction.
import { requireLive } from '@/lib/catalog/live-entry';
import 'server-only';
import { inTransaction } from '@/lib/db/transaction';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { db } from '@/lib/db/client';
import { ForbiddenError, ValidationError } from '@/lib/errors';
import { checkReleaseCadence } from './check-release-cadence';
import { resolvePackages } from './resolve-packages';
import type { SubmitReleaseInput } from './schemas';

export interface SubmittedRelease {
  id: string;
  number: number;
  itemIds: string[];
}

export async function submitRelease(user: CurrentUser, input: SubmitReleaseInput): Promise<SubmittedRelease> {
  const stack = await db.stack.findUnique({ where: { id: input.stackId }, select: { id: true, name: true, retiredAt: true } });
  if (!stack) throw new ValidationError('Please correct the highlighted fields.', { stackId: ['Unknown middleware stack.'] });
  if (!can(user, 'release.submit', { stackId: stack.id })) {
    throw new ForbiddenError('Only Technology Providers and Staged Rollout Coordinators may submit releases.');
  }
  requireLive(stack, `The stack ${stack.name}`, 'stackId', 'it takes no new releases');
  if (input.embargoedUntil && !can(user, 'release.embargo', { userId: user.id })) {
    throw new ForbiddenError('Only the coordinator or the provider submitting a release can embargo it.');
  }
  const actor = actorOf(user);

  return inTransaction(async (tx) => {
    const component = await tx.component.findUnique({
      where: { id: input.componentId },
      include: { platforms: { include: { platform: true } } },
    });
    if (!component || component.stackId !== stack.id) {
      throw new ValidationError('Please correct the highlighted fields.', { componentId: ['Choose a product of the selected stack.'] });
    }
    if (component.retiredAt) {
      throw new ValidationError('Please correct the highlighted fields.', { componentId: [`${component.name} is retired.`] });
    }
    const items = resolvePackages(input.packages, component.platforms.map((link) => link.platform));
    for (const item of items) requireLive(item.platform, `${item.platform.os} ${item.platform.arch}`, 'packages', 'no new release items on it');
    const submittedAt = new Date();
    if (input.embargoedUntil && input.embargoedUntil <= submittedAt) {
      throw new ValidationError('Please correct the highlighted fields.', { embargoedUntil: ['The embargo must end in the future: choose a later date and time.'] });
    }
    // One intake per product at a time, so two submissions cannot both pass the cadence check.
    await tx.$queryRaw`SELECT "id" FROM "Component" WHERE "id" = ${component.id} FOR UPDATE`;
    // Throws unless there is no violation or the submitter overrode them with a reason.
    const violations = await checkReleaseCadence(tx, { component, viewer: user, input, submittedAt });
    const cadenceOverride = violations.length
      ? `${input.cadenceOverrideReason}\n\nRules overridden:\n${violations.map((v) => `- ${v.message}`).join('\n')}`
      : null;

    const release = await tx.release.create({
      data: {
        stackId: stack.id,
        componentId: component.id,
        umdMajor: input.umdMajor,
        productVersion: input.productVersion,
        type: input.type,
        security: input.security,
        embargoedUntil: input.embargoedUntil ?? null,
        releaseNotes: input.releaseNotes,
        documentationUrl: input.documentationUrl,
        installNotes: input.installNotes,
        cadenceOverride,
        submittedById: user.id,
        submittedAt,
        items: { create: items.map((item) => ({ platformId: item.platform.id, packages: item.packages.join('\n') })) },
      },
      include: { items: { include: { platform: true } } },
    });
    await recordAudit(tx, actor, {
      action: 'release.submit',
      entityType: 'Release',
      entityId: release.id,
      after: {
        number: release.number,
        component: component.name,
        umdMajor: release.umdMajor,
        productVersion: release.productVersion,
        type: release.type,
        security: release.security,
        cadenceOverride: release.cadenceOverride,
        platforms: release.items.map((item) => `${item.platform.os} ${item.platform.arch}`),
      },
    });
    if (release.embargoedUntil) {
      await recordAudit(tx, actor, {
        action: 'release.embargo',
        entityType: 'Release',
        entityId: release.id,
        before: { embargoedUntil: null },
        after: { embargoedUntil: release.embargoedUntil, atIntake: true },
      });
    }
    for (const item of release.items) {
      await recordAudit(tx, actor, {
        action: 'releaseItem.create',
        entityType: 'ReleaseItem',
        entityId: item.id,
        after: { release: release.number, platform: `${item.platform.os} ${item.platform.arch}`, state: item.state, packages: item.packages.split('\n').length },
      });
    }
    return { id: release.id, number: release.number, itemIds: release.items.map((item) => item.id) };
  });
}
