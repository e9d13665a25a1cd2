// A finding's severity changes with a written reason: downgrading a blocker is how a rollout leaves
// its hold without closing the finding (lib/readiness); raising one to blocker holds it at once.
import 'server-only';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError, ForbiddenError, NotFoundError } from '@/lib/errors';
import { announceHold } from './announce-hold';
import { inTransaction, loadRolloutContext, requireRolloutEvent, rolloutFacts } from './load-rollout';
import type { FindingSeverityInput } from './schemas';

export async function setFindingSeverity(user: CurrentUser, number: number, input: FindingSeverityInput): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const rollout = await loadRolloutContext(tx, number, user);
    const finding = await tx.finding.findFirst({ where: { id: input.findingId, rolloutId: rollout.id } });
    if (!finding) throw new NotFoundError('That finding does not belong to this rollout.');
    const { stack } = rolloutFacts(rollout);
    const allowed =
      can(user, 'rollout.close', { stackId: stack.id }) || finding.authorId === user.id || (!!finding.teamId && can(user, 'rollout.participate', { teamId: finding.teamId }));
    if (!allowed) throw new ForbiddenError('Only the finding’s team or author, or the rollout’s manager, can change its severity.');
    requireRolloutEvent(rollout, 'participate');
    if (input.version !== undefined && input.version !== finding.version) throw new ConflictError('This finding changed since you loaded the page; reload it. Nothing was saved.');
    if (finding.severity === input.severity) throw new ConflictError(`The finding is already ${input.severity.toLowerCase()}.`);
    const { count } = await tx.finding.updateMany({ where: { id: finding.id, version: finding.version }, data: { severity: input.severity, version: { increment: 1 } } });
    if (count === 0) throw new ConflictError('Someone else changed this finding at the same moment; reload the page. Nothing was saved.');
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.findingSeverity',
      entityType: 'Finding',
      entityId: finding.id,
      before: { severity: finding.severity, version: finding.version },
      after: { rollout: rollout.number, title: finding.title, severity: input.severity, reason: input.reason, version: finding.version + 1 },
    });
    if (input.severity === 'BLOCKER' && finding.open) await announceHold(tx, rollout, finding, user.name);
    return { message: `Severity of “${finding.title}” is now ${input.severity.toLowerCase()}.` };
  });
}
