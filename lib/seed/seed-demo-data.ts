// The demo data of the Early Adopters app: the 17 NGIs and ~48 EA teams of the reference document, the
// component catalogue of 2010-2011 with commitments, the first project year's staged rollouts (which
// reproduce the document's Tables 1-3 exactly), and present-day activity in every workflow state.
// Imported by the app on first start of an empty embedded database and by `npm run db:seed`.
// Idempotent: every row is inserted only when its natural key is missing; a second run inserts nothing.
// All in one transaction: a failure leaves the database as it was.
import { inTransaction } from '@/lib/db/transaction';
import type { Db } from '@/lib/db/client';
import { buildHistoryPlans } from './plan-history';
import { buildPresentDayPlans } from './plan-present-day';
import { buildSupersessionAndEmbargoPlans, linkSupersessionAndEmbargo } from './plan-supersession-embargo';
import { buildWorld } from './world';
import { type SeedDb, writeReference } from './write-reference';
import { writeReleases } from './write-releases';

export interface SeedOptions {
  /** The present-day activity is placed relative to this instant (default: now). */
  now?: Date;
  log?: (line: string) => void;
}

export interface SeedCounts {
  ngis: number;
  sites: number;
  teams: number;
  users: number;
  groups: number;
  memberships: number;
  stacks: number;
  components: number;
  platforms: number;
  commitments: number;
  releases: number;
  releaseItems: number;
  rollouts: number;
  participations: number;
  reports: number;
  documents: number;
  findings: number;
}

export interface SeedSummary {
  /** Rows inserted by this run (0 when the data was already there). */
  inserted: number;
  /** Rows in the database afterwards. */
  counts: SeedCounts;
  durationMs: number;
}

export async function seedDemoData(db: Db, options: SeedOptions = {}): Promise<SeedSummary> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const log = options.log ?? (() => {});

  const world = buildWorld();
  const plans = [...buildHistoryPlans(world), ...buildPresentDayPlans(world, now), ...buildSupersessionAndEmbargoPlans(world, now)];
  log(`seed: ${world.teams.length} teams, ${world.commitments.length} commitments, ${plans.length} releases planned`);

  let inserted = 0;
  const count = (n: number) => {
    inserted += n;
  };
  const counts = await inTransaction(
    async (tx) => {
      const refs = await writeReference(tx, world, count);
      log(`seed: reference data written (${inserted} new rows)`);
      await writeReleases(tx, plans, refs, count);
      await linkSupersessionAndEmbargo(tx, now);
      log(`seed: releases and rollouts written (${inserted} new rows in total)`);
      return countRows(tx);
    },
    { client: db, policy: 'batch' },
  );
  return { inserted, counts, durationMs: Math.round(performance.now() - started) };
}

export async function countRows(db: SeedDb): Promise<SeedCounts> {
  // One after another: the client may be a transaction, which runs one query at a time.
  return {
    ngis: await db.ngi.count(),
    sites: await db.site.count(),
    teams: await db.team.count(),
    users: await db.user.count(),
    groups: await db.group.count(),
    memberships: await db.groupMembership.count(),
    stacks: await db.stack.count(),
    components: await db.component.count(),
    platforms: await db.platform.count(),
    commitments: await db.commitment.count(),
    releases: await db.release.count(),
    releaseItems: await db.releaseItem.count(),
    rollouts: await db.rollout.count(),
    participations: await db.participation.count(),
    reports: await db.report.count(),
    documents: await db.document.count(),
    findings: await db.finding.count(),
  };
}

/** One line for the CLI and the start-up log. */
export function formatSeedSummary(summary: SeedSummary): string {
  const c = summary.counts;
  const what = summary.inserted === 0 ? 'Demo data already present, nothing inserted' : `Seeded demo data (${summary.inserted} new rows)`;
  return (
    `${what} in ${(summary.durationMs / 1000).toFixed(1)} s: ${c.ngis} NGIs, ${c.teams} teams, ${c.users} users, ` +
    `${c.components} components, ${c.commitments} commitments, ${c.releases} releases, ${c.rollouts} rollouts, ` +
    `${c.participations} participations, ${c.reports} reports.`
  );
}
