// One audit event as the audit table shows it: the time already formatted in the viewer's time zone on the
// server (so the client renders the same text), the rest as recorded.
import type { AuditEvent } from '@/lib/generated/prisma/client';
import { formatDateTime } from '@/lib/format';

export interface AuditTableRow {
  id: string;
  when: string;
  actor: string;
  action: string;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export function toAuditTableRow(event: AuditEvent, timeZone: string): AuditTableRow {
  return {
    id: event.id,
    when: formatDateTime(event.at, timeZone),
    actor: event.actorLabel,
    action: event.action,
    entityType: event.entityType,
    entityId: event.entityId,
    before: event.before,
    after: event.after,
  };
}
