// The shapes of the coverage computation (the document's Figure 4 and its coverage metric): what goes
// in (catalogue rows, commitments or their SQL tallies, the redundancy target) and what comes out
// (the matrix, per-stack and per-provider summaries). Pure types: safe for client components.

/** 0 teams: missing; 1..target-1: below the redundancy target; >= target: met. */
export type CoverageLevel = 'missing' | 'belowTarget' | 'met';

export interface StackRef {
  id: string;
  slug: string;
  name: string;
  /** Technology Provider name (EMI, IGE, EGI). */
  provider: string;
}

export interface PlatformRef {
  id: string;
  os: string;
  arch: string;
}

export interface CoverageComponentInput {
  id: string;
  name: string;
  capability: string;
  retiredAt: Date | null;
  stack: StackRef;
  /** The platforms the component ships on. */
  platformIds: readonly string[];
}

/** One commitment as stored: a team testing a component on a platform. */
export interface CommitmentInput {
  teamId: string;
  componentId: string;
  platformId: string;
  teamRetired: boolean;
}

/** What the SQL GROUP BY returns: active teams per cell, distinct active teams per component. */
export interface CoverageTallies {
  cells: readonly { componentId: string; platformId: string; teams: number }[];
  totals: readonly { componentId: string; teams: number }[];
}

export interface CoverageFilter {
  stack?: string; // stack slug
  capability?: string;
  os?: string;
  arch?: string;
}

export interface CoverageCell {
  platformId: string;
  teams: number;
  level: CoverageLevel;
  /** False when teams committed on a platform the component no longer ships on. */
  shipped: boolean;
}

export interface CoverageRow {
  componentId: string;
  name: string;
  capability: string;
  retired: boolean;
  stack: StackRef;
  /** Aligned with Coverage.platforms; null where the component does not ship and nobody committed. */
  cells: (CoverageCell | null)[];
  /** Distinct active teams over the shown platforms: a team on two platforms counts once. */
  total: number;
  level: CoverageLevel;
  /** Shipped platforms whose cell is below the target. */
  shortPlatformIds: string[];
}

export interface CoverageSummary {
  /** Active (not retired) components. */
  total: number;
  /** At least one team (the document's "covered"). */
  covered: number;
  /** At least `target` teams. */
  coveredWithRedundancy: number;
  /** Covered, but below the target. */
  belowTarget: number;
  /** No team at all. */
  missing: number;
  /** coveredWithRedundancy / total, 0 when there is nothing to cover. */
  redundancyShare: number;
}

export interface StackCoverage {
  stack: StackRef;
  rows: CoverageRow[];
  summary: CoverageSummary;
}

export interface ProviderCoverage {
  provider: string;
  stacks: string[];
  summary: CoverageSummary;
}

export interface Coverage {
  target: number;
  platforms: PlatformRef[];
  stacks: StackCoverage[];
  /** Retired components: shown apart, never counted in a summary. */
  retired: CoverageRow[];
  providers: ProviderCoverage[];
  overall: CoverageSummary;
}
