// The coordinator's gap list, pure: components below the redundancy target, most urgent first.
// Urgent = a staged rollout in progress (status New/Open) or a release on its way (child tickets still
// Unverified/InVerification): teams will be needed within days. Then components with no team at all,
// then those with too few; fewer teams first within each tier.
import { byText } from './compute-coverage';
import type { Coverage, CoverageLevel, CoverageRow, PlatformRef, StackRef } from './types';

export interface ActiveRolloutRef {
  number: number;
  title: string;
  status: 'NEW' | 'OPEN';
}

export interface ExpectedReleaseRef {
  number: number;
  umdMajor: string;
  productVersion: string;
}

export interface GapSignals {
  rollouts: ActiveRolloutRef[];
  releases: ExpectedReleaseRef[];
}

export type GapTier = 'rolloutInProgress' | 'releaseExpected' | 'noTeam' | 'belowTarget';

export const GAP_TIER_LABELS: Record<GapTier, string> = {
  rolloutInProgress: 'Rollout in progress',
  releaseExpected: 'Release expected',
  noTeam: 'No team',
  belowTarget: 'Below target',
};

export interface CandidateTeam {
  teamId: string;
  name: string;
  /** Components of the same stack this team already tests on that platform. */
  sameStackCommitments: number;
  contacts: { email: string; name: string }[];
}

export interface GapPlatform {
  platform: PlatformRef;
  teams: number;
  level: CoverageLevel;
  candidates: CandidateTeam[];
  /** Further candidates not listed. */
  moreCandidates: number;
}

export interface GapEntry {
  componentId: string;
  name: string;
  capability: string;
  stack: StackRef;
  total: number;
  level: CoverageLevel;
  tier: GapTier;
  rollouts: ActiveRolloutRef[];
  releases: ExpectedReleaseRef[];
  platforms: GapPlatform[];
}

const TIER_ORDER: Record<GapTier, number> = { rolloutInProgress: 0, releaseExpected: 1, noTeam: 2, belowTarget: 3 };

export function gapTier(total: number, signals: GapSignals | undefined): GapTier {
  if (signals?.rollouts.length) return 'rolloutInProgress';
  if (signals?.releases.length) return 'releaseExpected';
  return total === 0 ? 'noTeam' : 'belowTarget';
}

/** Rollouts in progress, then expected releases, then no team, then too few; fewer teams first within a tier. */
function compareGaps(a: GapEntry, b: GapEntry): number {
  return (
    TIER_ORDER[a.tier] - TIER_ORDER[b.tier] ||
    a.total - b.total ||
    byText(a.stack.name, b.stack.name) ||
    byText(a.name, b.name)
  );
}

/** Components below target (retired ones never), ranked; candidates are attached later for the shown page. */
export function rankGaps(coverage: Coverage, signals: ReadonlyMap<string, GapSignals>): GapEntry[] {
  const platforms = new Map(coverage.platforms.map((p) => [p.id, p]));
  const entries: GapEntry[] = [];
  for (const group of coverage.stacks) {
    for (const row of group.rows) {
      if (row.level === 'met') continue;
      entries.push(toEntry(row, signals.get(row.componentId), platforms));
    }
  }
  return entries.sort(compareGaps);
}

function toEntry(row: CoverageRow, signals: GapSignals | undefined, platforms: ReadonlyMap<string, PlatformRef>): GapEntry {
  const gapPlatforms: GapPlatform[] = [];
  for (const cell of row.cells) {
    if (!cell || !cell.shipped || cell.level === 'met') continue;
    const platform = platforms.get(cell.platformId);
    if (platform) gapPlatforms.push({ platform, teams: cell.teams, level: cell.level, candidates: [], moreCandidates: 0 });
  }
  return {
    componentId: row.componentId,
    name: row.name,
    capability: row.capability,
    stack: row.stack,
    total: row.total,
    level: row.level,
    tier: gapTier(row.total, signals),
    rollouts: signals?.rollouts ?? [],
    releases: signals?.releases ?? [],
    platforms: gapPlatforms,
  };
}
