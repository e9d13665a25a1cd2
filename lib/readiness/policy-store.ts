// The readiness policies in the database: the current version of each kind, its history, and the
// coordinator's edit (a new version, never an update, so a resolved rollout keeps the values that
// applied), audited in the same transaction.
import 'server-only';
import { can } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { recordAudit } from '@/lib/audit/record-audit';
import { inTransaction, type Tx } from '@/lib/db/transaction';
import { db } from '@/lib/db/client';
import { ConflictError, ForbiddenError, isUniqueViolation } from '@/lib/errors';
import type { PolicyKind } from '@/lib/generated/prisma/enums';
import { DOCUMENT_DEFAULTS, POLICY_KINDS, type PolicyValues, type ReadinessPolicyValues } from './policy';
import type { PolicyInput } from './policy-schema';

const SELECT = {
  id: true,
  kind: true,
  version: true,
  exposureMinDays: true,
  exposureDefaultDays: true,
  exposureMaxDays: true,
  replyWorkingDays: true,
  minAcceptReports: true,
  requireTestPlan: true,
} as const;

/** The current version of one kind (the migration inserts version 1 of each, so one always exists). */
export async function currentPolicy(tx: Tx, kind: PolicyKind): Promise<ReadinessPolicyValues> {
  const row = await tx.readinessPolicy.findFirst({ where: { kind }, orderBy: { version: 'desc' }, select: SELECT });
  // Only a database whose policy rows were deleted by hand gets here: fall back to the document.
  return row ?? { id: '', kind, version: 0, ...DOCUMENT_DEFAULTS[kind] };
}

export async function currentPolicies(tx: Tx = db): Promise<Record<PolicyKind, ReadinessPolicyValues>> {
  const rows = await tx.readinessPolicy.findMany({ orderBy: { version: 'desc' }, select: SELECT });
  const entries = POLICY_KINDS.map((kind) => [kind, rows.find((row) => row.kind === kind) ?? { id: '', kind, version: 0, ...DOCUMENT_DEFAULTS[kind] }] as const);
  return Object.fromEntries(entries) as Record<PolicyKind, ReadinessPolicyValues>;
}

export async function policyById(id: string): Promise<ReadinessPolicyValues | null> {
  return db.readinessPolicy.findUnique({ where: { id }, select: SELECT });
}

export async function policyHistory(limit = 30) {
  return db.readinessPolicy.findMany({ orderBy: [{ createdAt: 'desc' }, { version: 'desc' }], take: limit, include: { createdBy: { select: { name: true } } } });
}

const VALUE_KEYS = ['exposureMinDays', 'exposureDefaultDays', 'exposureMaxDays', 'replyWorkingDays', 'minAcceptReports', 'requireTestPlan'] as const satisfies readonly (keyof PolicyValues)[];

export async function savePolicy(user: CurrentUser, input: PolicyInput): Promise<{ message: string; version: number }> {
  if (!can(user, 'policy.edit')) throw new ForbiddenError('Only the Staged Rollout Coordinator edits the readiness policy.');
  try {
    return await inTransaction(async (tx) => {
      const current = await currentPolicy(tx, input.kind);
      if (input.version !== current.version) throw new ConflictError('Someone changed this policy since you loaded the page; reload it. Nothing was saved.');
      if (VALUE_KEYS.every((key) => current[key] === input[key])) throw new ConflictError('Nothing changed: the values are those of the current version.');
      const values: PolicyValues = {
        exposureMinDays: input.exposureMinDays,
        exposureDefaultDays: input.exposureDefaultDays,
        exposureMaxDays: input.exposureMaxDays,
        replyWorkingDays: input.replyWorkingDays,
        minAcceptReports: input.minAcceptReports,
        requireTestPlan: input.requireTestPlan,
      };
      const created = await tx.readinessPolicy.create({ data: { kind: input.kind, version: current.version + 1, ...values, reason: input.reason, createdById: user.id } });
      await recordAudit(tx, actorOf(user), {
        action: 'readinessPolicy.update',
        entityType: 'ReadinessPolicy',
        entityId: created.id,
        before: { kind: current.kind, version: current.version, ...Object.fromEntries(VALUE_KEYS.map((key) => [key, current[key]])) },
        after: { kind: created.kind, version: created.version, ...values, reason: input.reason },
      });
      return { message: `Policy for ${input.kind.toLowerCase()} releases saved as version ${created.version}.`, version: created.version };
    });
  } catch (error) {
    // Two coordinators saving the same version at once: the unique (kind, version) lets one win.
    if (isUniqueViolation(error)) throw new ConflictError('Someone saved this policy at the same moment; reload the page. Nothing was saved.');
    throw error;
  }
}
