// All the measures of one period from already-loaded rows: pure, so the whole report can be tested
// on hand-made histories without a database.
import { computeComponentOutcomes } from './component-outcomes';
import { computeCoverageTable, type CoverageInput } from './coverage-per-stack';
import { isoDay, type Period, projectYearLabel } from './project-quarters';
import { quarterColumns } from './quarter-columns';
import { computeTeamCounts } from './team-counts';
import { computeTestsPerNgi } from './tests-per-ngi';
import { computeTimeMeasures } from './time-measures';
import type { MetricsReport, ParticipationTimingRow, ReleaseRow, RolloutTimingRow, StackRow, TeamRow, TestRow } from './types';

export interface MetricRows {
  stacks: StackRow[];
  releases: ReleaseRow[];
  tests: TestRow[];
  teams: TeamRow[];
  coverage: CoverageInput;
  participations: ParticipationTimingRow[];
  rollouts: RolloutTimingRow[];
}

export function periodLabel(period: Period): string {
  if (period.year !== null) return `Project year ${period.year} (${projectYearLabel(period.year)})`;
  return `${isoDay(period.start)} to ${isoDay(new Date(period.end.getTime() - 1))}`;
}

export function buildMetricsReport(rows: MetricRows, period: Period): MetricsReport {
  return {
    period: {
      start: period.start.toISOString(),
      end: period.end.toISOString(),
      year: period.year,
      label: periodLabel(period),
      quarters: quarterColumns(period),
    },
    componentOutcomes: computeComponentOutcomes(rows.releases, period),
    testsPerNgi: computeTestsPerNgi(rows.tests, period),
    teamCounts: computeTeamCounts(rows.teams, period),
    coverage: computeCoverageTable(rows.stacks, rows.coverage),
    timeMeasures: computeTimeMeasures(rows.stacks, rows.participations, rows.rollouts, period),
  };
}
