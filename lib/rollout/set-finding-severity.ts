// A finding's severity changes with a written reason: downgrading a blocker is how a rollout leaves
// its hold without closing the finding (lib/readiness); raising one to blocker holds it at once.
import 'server-only';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { ConflictError } from '@/lib/errors';
import { announceHold } from './announce-hold';
import { FINDING_STALE, loadChangeableFinding } from './findings';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import type { FindingSeverityInput } from './schemas';

export async function setFindingSeverity(user: CurrentUser, number: number, input: FindingSeverityInput): Promise<{ message: string }> {
  return inTransaction(async (tx) => {
    const { rollout, finding } = await loadChangeableFinding(tx, user, number, input, 'change its severity');
    if (finding.severity === input.severity) throw new ConflictError(`The finding is already ${input.severity.toLowerCase()}.`);
    await updateVersioned(tx, 'finding', finding, { severity: input.severity }, FINDING_STALE);
    await recordAudit(tx, actorOf(user), {
      action: 'rollout.findingSeverity',
      entityType: 'Finding',
      entityId: finding.id,
      before: { severity: finding.severity, version: finding.version },
      after: { rollout: rollout.number, title: finding.title, severity: input.severity, reason: input.reason, version: finding.version + 1 },
    });
    if (input.severity === 'BLOCKER' && finding.open) await announceHold(tx, rollout, { key: finding.id, cause: `${user.name} logged the blocker finding "${finding.title}".` });
    return { message: `Severity of “${finding.title}” is now ${input.severity.toLowerCase()}.` };
  });
}
