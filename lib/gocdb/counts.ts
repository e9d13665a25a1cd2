// What one page (or one whole run) of the GOCDB sync did: rows added, updated, marked as removed from
// GOCDB, and the records it had to skip with the reason (shown on /admin/gocdb).
export interface SyncCounts {
  added: number;
  updated: number;
  marked: number;
  errors: string[];
}

export function emptyCounts(): SyncCounts {
  return { added: 0, updated: 0, marked: 0, errors: [] };
}

export function addCounts(into: SyncCounts, from: SyncCounts): void {
  into.added += from.added;
  into.updated += from.updated;
  into.marked += from.marked;
  into.errors.push(...from.errors);
}
