// Owns transactions and version-guarded writes: the `Tx` type every lib function takes, `inTransaction`
// (the one timeout policy, sized for a busy two-core machine) and `updateVersioned` (the one optimistic-lock
// write). Every mutation goes through these; nothing else calls `db.$transaction` or writes `version: { increment: 1 }`.
import 'server-only';
import { db as defaultDb, type Db } from '@/lib/db/client';
import { ConflictError } from '@/lib/errors';
import type { Prisma } from '@/lib/generated/prisma/client';

/** A transaction client, or the plain client where a read or a single write needs no transaction (the
 *  client has every model the transaction client has). One type, not a union: calls on a union of the two
 *  make TypeScript compare Prisma's generic signatures pairwise, which can exceed its depth limit. */
export type Tx = Prisma.TransactionClient;

/**
 * `interactive`: a user's request (the default). `batch`: the worker's fan-out, the seed and the history
 * import, which lock and write many rows in one transaction.
 */
const POLICIES = {
  interactive: { maxWait: 15_000, timeout: 30_000 },
  batch: { maxWait: 60_000, timeout: 15 * 60_000 },
} as const;

export interface TransactionOptions {
  policy?: keyof typeof POLICIES;
  /** A client other than the process's own (scripts and tests that open a second database). */
  client?: Db;
}

export function inTransaction<T>(fn: (tx: Prisma.TransactionClient) => Promise<T>, options: TransactionOptions = {}): Promise<T> {
  return (options.client ?? defaultDb).$transaction(fn, POLICIES[options.policy ?? 'interactive']);
}

/** The models with a `version` column, with what their update and filter look like. */
interface VersionedModels {
  component: { data: Prisma.ComponentUncheckedUpdateManyInput; where: Prisma.ComponentWhereInput };
  finding: { data: Prisma.FindingUncheckedUpdateManyInput; where: Prisma.FindingWhereInput };
  ngi: { data: Prisma.NgiUncheckedUpdateManyInput; where: Prisma.NgiWhereInput };
  platform: { data: Prisma.PlatformUncheckedUpdateManyInput; where: Prisma.PlatformWhereInput };
  participation: { data: Prisma.ParticipationUncheckedUpdateManyInput; where: Prisma.ParticipationWhereInput };
  readinessPolicy: { data: Prisma.ReadinessPolicyUncheckedUpdateManyInput; where: Prisma.ReadinessPolicyWhereInput };
  release: { data: Prisma.ReleaseUncheckedUpdateManyInput; where: Prisma.ReleaseWhereInput };
  releaseItem: { data: Prisma.ReleaseItemUncheckedUpdateManyInput; where: Prisma.ReleaseItemWhereInput };
  rollout: { data: Prisma.RolloutUncheckedUpdateManyInput; where: Prisma.RolloutWhereInput };
  setting: { data: Prisma.SettingUncheckedUpdateManyInput; where: Prisma.SettingWhereInput };
  site: { data: Prisma.SiteUncheckedUpdateManyInput; where: Prisma.SiteWhereInput };
  stack: { data: Prisma.StackUncheckedUpdateManyInput; where: Prisma.StackWhereInput };
  team: { data: Prisma.TeamUncheckedUpdateManyInput; where: Prisma.TeamWhereInput };
  technologyProvider: { data: Prisma.TechnologyProviderUncheckedUpdateManyInput; where: Prisma.TechnologyProviderWhereInput };
  user: { data: Prisma.UserUncheckedUpdateManyInput; where: Prisma.UserWhereInput };
}
export type VersionedModel = keyof VersionedModels;

export const STALE_WRITE_MESSAGE = 'Someone else changed this at the same moment; reload the page to see the change. Nothing was saved.';

/**
 * Which row: its `id` (a setting: its `key`). `version`: the one the caller read (the page's, or the row's as
 * loaded in this transaction); nothing matched means another transaction won, a `ConflictError`. Left out, the
 * write only bumps the version (the row was just created or locked in this transaction; open pages still go
 * stale). `where`: any condition the row must still meet (a status), checked in the same statement. Only these
 * fields are read, so a loaded row can be passed as it is.
 */
export type VersionedRow<M extends VersionedModel> = ({ id: string } | { key: string }) & { version?: number; where?: VersionedModels[M]['where'] };

/** The one versioned write: `where: { id, version }`, `version + 1`, and a `ConflictError` with `stale` when nothing matched. */
export async function updateVersioned<M extends VersionedModel>(
  tx: Tx,
  model: M,
  row: VersionedRow<M>,
  data: Omit<VersionedModels[M]['data'], 'version'>,
  stale: string = STALE_WRITE_MESSAGE,
): Promise<void> {
  // The delegates differ per model; the typed signature above is what keeps callers honest.
  const delegate = (tx as unknown as Record<M, { updateMany(args: { where: object; data: object }): Promise<{ count: number }> }>)[model];
  const identity = 'id' in row ? { id: row.id } : { key: row.key };
  const { count } = await delegate.updateMany({
    where: { ...row.where, ...identity, ...(row.version === undefined ? {} : { version: row.version }) },
    data: { ...data, version: { increment: 1 } },
  });
  if (count === 0) throw new ConflictError(stale);
}
