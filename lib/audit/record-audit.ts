// Every mutation writes one audit row inside the same transaction as the change itself, so the
// trail can never disagree with the data.
import type { Prisma } from '@/lib/generated/prisma/client';
import type { Tx } from '@/lib/db/transaction';

export interface Actor {
  id: string | null;
  label: string; // e-mail, "system", or "token:<prefix> (<e-mail>)"
}

export const SYSTEM_ACTOR: Actor = { id: null, label: 'system' };

export interface AuditInput {
  action: string;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/** Dates and other non-JSON values become plain JSON. */
function toJson(value: unknown): Prisma.InputJsonValue | undefined {
  if (value === undefined || value === null) return undefined;
  return JSON.parse(
    JSON.stringify(value, (_key, v) => (typeof v === 'bigint' ? v.toString() : v instanceof Uint8Array ? `<${v.length} bytes>` : v)),
  ) as Prisma.InputJsonValue;
}

export async function recordAudit(tx: Tx, actor: Actor, input: AuditInput): Promise<void> {
  await tx.auditEvent.create({
    data: {
      actorId: actor.id,
      actorLabel: actor.label,
      action: input.action,
      entityType: input.entityType,
      entityId: input.entityId,
      before: toJson(input.before),
      after: toJson(input.after),
    },
  });
}
