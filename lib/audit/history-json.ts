// An entity's audit trail as the API answers it (GET …/history): the same rows as the "History" panel
// of its page, newest first, in the list envelope (one page of at most HISTORY_LIMIT entries).
import 'server-only';
import { listEnvelope } from '@/lib/api/list-envelope';
import { getEntityHistory } from './get-entity-history';

export const HISTORY_LIMIT = 100;

export async function historyJson(entities: { entityType: string; entityId: string }[]) {
  const rows = (await Promise.all(entities.map((entity) => getEntityHistory(entity.entityType, entity.entityId, HISTORY_LIMIT).then((entries) => entries.map((entry) => ({ ...entity, ...entry }))))))
    .flat()
    .sort((a, b) => b.at.getTime() - a.at.getTime() || b.id.localeCompare(a.id))
    .slice(0, HISTORY_LIMIT);
  const data = rows.map((row) => ({ id: row.id, at: row.at.toISOString(), actor: row.actorLabel, action: row.action, entityType: row.entityType, entityId: row.entityId, before: row.before, after: row.after }));
  return listEnvelope(data, { total: data.length, page: 1, perPage: HISTORY_LIMIT });
}
