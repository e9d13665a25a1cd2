// Retiring and bringing back a Technology Provider, a stack, a platform or an NGI. Retiring sets retiredAt
// and keeps every row that refers to the entry (stacks, components, commitments, releases, teams), so the
// history stays whole and shows it marked retired; what is retired is left out of the pickers, and a new
// reference to it is refused (lib/catalog/live-entry.ts). Components and teams have their own (they carry
// more rules), with the same shape.
import 'server-only';
import { recordAudit } from '@/lib/audit/record-audit';
import { requirePermission } from '@/lib/auth/authorize';
import { actorOf, type CurrentUser } from '@/lib/auth/principal';
import { inTransaction, updateVersioned } from '@/lib/db/transaction';
import { NotFoundError } from '@/lib/errors';

/** Per kind: the audit's entity type and action prefix, and the words of its messages. */
export const RETIRABLE_ENTRIES = {
  technologyProvider: { entityType: 'TechnologyProvider', action: 'catalog', noun: 'Provider', what: 'provider' },
  stack: { entityType: 'Stack', action: 'catalog', noun: 'Stack', what: 'stack' },
  platform: { entityType: 'Platform', action: 'catalog', noun: 'Platform', what: 'platform' },
  ngi: { entityType: 'Ngi', action: 'ngi', noun: '', what: 'NGI' },
} as const;
export type RetirableEntry = keyof typeof RETIRABLE_ENTRIES;

type RetiredRow = { id: string; retiredAt: Date | null };
type Finder = { findUnique(args: { where: { id: string } }): Promise<RetiredRow | null> };

/** `retire: false` brings it back. Needs catalog.edit, or team.edit for an NGI (as the browser). */
export async function setEntryRetired(user: CurrentUser, kind: RetirableEntry, input: { id: string; version: number; retire: boolean }): Promise<void> {
  const entry = RETIRABLE_ENTRIES[kind];
  await inTransaction(async (tx) => {
    requirePermission(user, kind === 'ngi' ? 'team.edit' : 'catalog.edit');
    // The delegates differ per model; each of them has findUnique by id and a retiredAt column.
    const row = await (tx as unknown as Record<RetirableEntry, Finder>)[kind].findUnique({ where: { id: input.id } });
    if (!row) throw new NotFoundError(`This ${entry.what} no longer exists.`);
    const retiredAt = input.retire ? (row.retiredAt ?? new Date()) : null;
    await updateVersioned(tx, kind, { id: row.id, version: input.version }, { retiredAt }, `This ${entry.what} was changed by someone else; reload and try again.`);
    const verb = input.retire ? 'retire' : 'unretire';
    await recordAudit(tx, actorOf(user), {
      action: entry.noun ? `${entry.action}.${verb}${entry.noun}` : `${entry.action}.${verb}`,
      entityType: entry.entityType,
      entityId: row.id,
      before: { retiredAt: row.retiredAt },
      after: { retiredAt },
    });
  });
}
