// Changes the redundancy target: version-guarded (two coordinators editing at once: the second gets a
// ConflictError, not a silent overwrite) and audited in the same transaction.
import 'server-only';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { ConflictError, isUniqueViolation } from '@/lib/errors';
import { COVERAGE_TARGET_KEY, getCoverageTarget } from './coverage-target';
import type { CoverageTargetInput } from './schemas';

const STALE = 'The coverage target was changed by someone else meanwhile; reload the page and try again.';

export async function setCoverageTarget(user: CurrentUser, input: CoverageTargetInput): Promise<{ target: number; version: number }> {
  try {
    return await inTransaction(async (tx) => {
      requirePermission(user, 'settings.edit', {}, 'Only Early Adopters admins and the coordinators may change the coverage target.');
      const before = await getCoverageTarget(tx);
      if (before.version !== input.version) throw new ConflictError(STALE);
      let version: number;
      if (before.version === 0) {
        const created = await tx.setting.create({ data: { key: COVERAGE_TARGET_KEY, value: input.target } });
        version = created.version;
      } else {
        await updateVersioned(tx, 'setting', { key: COVERAGE_TARGET_KEY, version: input.version }, { value: input.target }, STALE);
        version = input.version + 1;
      }
      await recordAudit(tx, actorOf(user), {
        action: 'coverage.target.set',
        entityType: 'Setting',
        entityId: COVERAGE_TARGET_KEY,
        before: { target: before.target },
        after: { target: input.target },
      });
      return { target: input.target, version };
    });
  } catch (error) {
    // Two first-ever saves racing: the loser's create hits the primary key.
    if (isUniqueViolation(error)) throw new ConflictError(STALE);
    throw error;
  }
}
