// Marking a security release embargoed until a date (its submitter or a coordinator) and lifting the embargo
// early (a coordinator, with a reason). Both are audited in the transaction that writes them; the lift sets
// `embargoedUntil` to the lift time, so the one visibility rule (visibility.ts) makes everything public at once.
import 'server-only';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError, ForbiddenError, NotFoundError, ValidationError } from '@/lib/errors';
import { formatDateTime } from '@/lib/format';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import { releaseVisibleWhere } from './visibility';

async function loadRelease(tx: Parameters<Parameters<typeof inTransaction>[0]>[0], user: CurrentUser, number: number) {
  const release = await tx.release.findFirst({ where: { number, ...releaseVisibleWhere(user) } });
  if (!release) throw new NotFoundError(`There is no release #${number}.`);
  return release;
}

function requireFresh(release: { version: number }, version: number | undefined) {
  if (version !== undefined && version !== release.version) {
    throw new ConflictError('Someone else changed this release since you loaded the page. Reload it; nothing was saved.');
  }
}

export async function setEmbargo(user: CurrentUser, number: number, input: { until: Date; version?: number }, now = new Date()) {
  return inTransaction(async (tx) => {
    const release = await loadRelease(tx, user, number);
    if (!can(user, 'release.embargo', { userId: release.submittedById ?? '' })) {
      throw new ForbiddenError('Only the coordinator or the provider who submitted this release can set its embargo.');
    }
    requireFresh(release, input.version);
    if (!release.security) throw new ConflictError('Only a security release can be embargoed.');
    if (input.until <= now) throw new ValidationError('The embargo must end in the future.', { until: ['Choose a date and time after now.'] });
    if (release.embargoLiftedAt) throw new ConflictError('The embargo of this release was already lifted; it cannot be embargoed again.');
    await updateVersioned(tx, 'release', release, { embargoedUntil: input.until });
    await recordAudit(tx, actorOf(user), {
      action: 'release.embargo',
      entityType: 'Release',
      entityId: release.id,
      before: { embargoedUntil: release.embargoedUntil, version: release.version },
      after: { embargoedUntil: input.until, version: release.version + 1 },
    });
    return { message: `Release #${number} is under embargo until ${formatDateTime(input.until, user.timeZone)}.` };
  });
}

export async function liftEmbargo(user: CurrentUser, number: number, input: { reason: string; version?: number }, now = new Date()) {
  return inTransaction(async (tx) => {
    const release = await loadRelease(tx, user, number);
    if (!can(user, 'release.liftEmbargo')) throw new ForbiddenError('Only the Staged Rollout Coordinator can lift an embargo early.');
    requireFresh(release, input.version);
    if (!release.embargoedUntil || release.embargoedUntil <= now) throw new ConflictError('This release is not under embargo.');
    await updateVersioned(tx, 'release', release, { embargoedUntil: now, embargoLiftedAt: now, embargoLiftReason: input.reason });
    // A production announcement held back until the embargo's end goes out now.
    await tx.outboxMessage.updateMany({
      where: { kind: 'release.production', status: 'PENDING', nextAttemptAt: { gt: now }, dedupeKey: { in: (await tx.releaseItem.findMany({ where: { releaseId: release.id }, select: { id: true } })).map((item) => `release.production:${item.id}`) } },
      data: { nextAttemptAt: now },
    });
    await recordAudit(tx, actorOf(user), {
      action: 'release.embargoLift',
      entityType: 'Release',
      entityId: release.id,
      before: { embargoedUntil: release.embargoedUntil, version: release.version },
      after: { embargoedUntil: now, reason: input.reason, early: true, version: release.version + 1 },
    });
    return { message: `The embargo of release #${number} is lifted: it is now visible to everyone.` };
  });
}
