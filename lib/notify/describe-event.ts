// Audit events as one line of English for subscription mail (pure): who did what, and which fields
// changed from what to what.
export interface DescribableEvent {
  action: string;
  actorLabel: string;
  at: Date;
  before: unknown;
  after: unknown;
}

/** "rollout.selectTeams" -> "rollout: select teams" */
export function humanAction(action: string): string {
  const [area, ...rest] = action.split('.');
  const verb = rest.join(' ').replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return verb ? `${area}: ${verb}` : area!;
}

const HIDDEN = new Set(['id', 'version', 'createdAt', 'updatedAt', 'content', 'tokenHash']);

function show(value: unknown): string {
  if (value === null || value === undefined) return '—';
  if (typeof value === 'string') return value.length > 60 ? `${value.slice(0, 57)}…` : value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value).slice(0, 60);
}

/** Up to `limit` changed top-level fields: "status: OPEN -> RESOLVED". */
export function changedFields(before: unknown, after: unknown, limit = 6): string[] {
  const b = before && typeof before === 'object' ? (before as Record<string, unknown>) : {};
  const a = after && typeof after === 'object' ? (after as Record<string, unknown>) : {};
  const lines: string[] = [];
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (HIDDEN.has(key) || key.endsWith('Id')) continue;
    if (JSON.stringify(b[key]) === JSON.stringify(a[key])) continue;
    lines.push(key in b ? `${key}: ${show(b[key])} -> ${show(a[key])}` : `${key}: ${show(a[key])}`);
    if (lines.length === limit) break;
  }
  return lines;
}

export function describeEvent(event: DescribableEvent, label: string): { headline: string; details: string[] } {
  return { headline: `${humanAction(event.action)} — ${label} (by ${event.actorLabel})`, details: changedFields(event.before, event.after) };
}
