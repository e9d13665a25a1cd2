// An entity's audit trail as the API answers it (GET …/history): the same rows as the "History" panel
// of its page, newest first, in the list envelope (one page of at most HISTORY_LIMIT entries).
import 'server-only';
import { z } from 'zod';
import { listEnvelope } from '@/lib/api/list-envelope';
import { getEntityHistory } from './get-entity-history';

export const HISTORY_LIMIT = 100;

/** One entry of an audit trail (the OpenAPI response of GET …/history). */
export const ZHistoryEntryJson = z.strictObject({
  id: z.string(),
  at: z.iso.datetime(),
  /** E-mail of who did it, "system", or "token:<prefix>". */
  actor: z.string(),
  action: z.string(),
  entityType: z.string(),
  entityId: z.string(),
  before: z.unknown(),
  after: z.unknown(),
});
type HistoryEntryJson = z.infer<typeof ZHistoryEntryJson>;

export async function historyJson(entities: { entityType: string; entityId: string }[]) {
  const rows = (await Promise.all(entities.map((entity) => getEntityHistory(entity.entityType, entity.entityId, HISTORY_LIMIT).then((entries) => entries.map((entry) => ({ ...entity, ...entry }))))))
    .flat()
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id))
    .slice(0, HISTORY_LIMIT);
  const data = rows.map((row): HistoryEntryJson => ({ id: row.id, at: row.at.toISOString(), actor: row.actorLabel, action: row.action, entityType: row.entityType, entityId: row.entityId, before: row.before, after: row.after }));
  return listEnvelope(data, { total: data.length, page: 1, perPage: HISTORY_LIMIT });
}
