// The rows the metrics are computed from (loaded by load-metric-rows.ts, or hand-made in tests) and
// the tables they produce. Plain data only: every table is serialisable as JSON for the API.

export type OutcomeValue = 'ACCEPT' | 'REJECT';

/** One Release (a `sw-rel` parent ticket) with what Table 1 needs of its items and rollouts. */
export interface ReleaseRow {
  id: string;
  stackSlug: string;
  productionAt: Date | null;
  /** Some item went straight to production without staged rollout (state SKIPPED_ROLLOUT). */
  skippedRollout: boolean;
  /** When the skipped item changed state: used only when productionAt is missing. */
  skippedAt: Date | null;
  /** Some platform is still on its way (in verification or in staged rollout): the release is not counted yet. */
  unfinished?: boolean;
  /** `override`: a coordinator accepted it before every readiness rule was met (lib/readiness). */
  rollouts: { resolved: boolean; outcome: OutcomeValue | null; resolvedAt: Date | null; override?: boolean }[];
}

/** One staged-rollout test: a Report of a Participation. */
export interface TestRow {
  submittedAt: Date;
  ngiName: string;
}

export interface TeamRow {
  createdAt: Date;
  retiredAt: Date | null;
}

export interface ParticipationTimingRow {
  stackSlug: string;
  invitedAt: Date;
  repliedAt: Date | null;
  exposureStart: Date | null;
  exposureEnd: Date | null;
}

export interface RolloutTimingRow {
  stackSlug: string;
  createdAt: Date;
  resolvedAt: Date | null;
}

export interface StackRow {
  slug: string;
  name: string;
}

// ---------------------------------------------------------------- tables

export interface QuarterColumn {
  key: string;
  /** "Q1", or "2010 Q1" when the period spans several project years. */
  label: string;
  start: string;
  end: string;
}

/** M.SA1.ServiceValidation.1 (Table 1). */
export interface ComponentOutcomeTable {
  rows: { quarter: string; label: string; accepted: number; rejected: number; noTest: number }[];
  total: { accepted: number; rejected: number; noTest: number };
  /** Of the accepted releases in the period, those with a rollout accepted with a coordinator's override. */
  acceptedWithOverride: number;
}

/** M.SA1.ServiceValidation.2 (Table 2). */
export interface TestsPerNgiTable {
  quarters: QuarterColumn[];
  rows: { ngi: string; total: number; share: number; perQuarter: number[] }[];
  total: { total: number; share: number; perQuarter: number[] };
}

/** M.SA1.ServiceValidation.3 (Table 3). */
export interface TeamCountTable {
  /** `reconstructed`: the document recorded no number for this quarter; this one comes from the team records. */
  rows: { quarter: string; label: string; asOf: string; teams: number; reconstructed: boolean }[];
}

export interface CoverageRow {
  stack: string;
  stackName: string;
  products: number;
  covered: number;
  missing: number;
  redundant: number;
}

export interface CoverageTable {
  target: number;
  rows: CoverageRow[];
  total: Omit<CoverageRow, 'stack' | 'stackName'>;
}

export interface DurationStats {
  count: number;
  median: number | null;
  p90: number | null;
}

export interface TimeMeasureRow {
  stack: string;
  stackName: string;
  /** Hours from invitation to the team's reply. */
  replyHours: DurationStats;
  /** Days between exposure start and end. */
  exposureDays: DurationStats;
  /** Days from the staged-rollout ticket's creation (StagedRollOut) to its outcome. */
  outcomeDays: DurationStats;
}

export interface TimeMeasureTable {
  rows: TimeMeasureRow[];
  all: Omit<TimeMeasureRow, 'stack' | 'stackName'>;
}

export interface MetricsReport {
  period: { start: string; end: string; year: number | null; label: string; quarters: QuarterColumn[] };
  componentOutcomes: ComponentOutcomeTable;
  testsPerNgi: TestsPerNgiTable;
  teamCounts: TeamCountTable;
  coverage: CoverageTable;
  timeMeasures: TimeMeasureTable;
}
