// M.SA1.ServiceValidation.3 (Table 3): Early Adopter teams in existence at the end of each project
// quarter, from Team.createdAt and retiredAt: created on or before the quarter's last instant and not
// retired by then. When a date range ends inside a quarter, the count is taken at the range's end.
import type { Period } from './project-quarters';
import { quarterLabel } from './project-quarters';
import type { TeamCountTable, TeamRow } from './types';

/**
 * Quarters the reference document has no figure for (Table 3 gives Q1, Q3 and Q4 of 2010-11 only): the
 * number shown is reconstructed from the team records, and the page and the CSV say so.
 */
export const UNRECORDED_QUARTERS: ReadonlySet<string> = new Set(['2010-Q2']);

/** Teams alive at the instant just before `end` (end exclusive). */
export function teamsAliveBefore(teams: readonly TeamRow[], end: Date): number {
  return teams.filter((team) => team.createdAt < end && (team.retiredAt === null || team.retiredAt >= end)).length;
}

export function computeTeamCounts(teams: readonly TeamRow[], period: Period): TeamCountTable {
  return {
    rows: period.quarters.map((quarter) => {
      const end = quarter.end < period.end ? quarter.end : period.end;
      return {
        quarter: quarter.key,
        label: quarterLabel(quarter, period),
        asOf: new Date(end.getTime() - 1).toISOString(),
        teams: teamsAliveBefore(teams, end),
        reconstructed: UNRECORDED_QUARTERS.has(quarter.key),
      };
    }),
  };
}
