// Coverage with the names of the committed teams in every cell: the data of GET /api/v1/coverage and
// of the matrix CSV. Parallel reads (platforms, catalogue, names per cell, target) and the pure computation.
// Not cached itself: the finished JSON and CSV built from it are (lib/coverage/coverage-documents.ts).
import 'server-only';
import { computeCoverage } from './compute-coverage';
import { getCoverageTarget } from './coverage-target';
import { type CellTeamNames, loadCellTeamNames } from './load-cell-team-names';
import { loadComponents, loadPlatforms } from './load-coverage-input';
import type { Coverage, CoverageFilter } from './types';

export async function getCoverageDetail(filter: CoverageFilter): Promise<{ coverage: Coverage; names: CellTeamNames }> {
  const [platforms, components, { names, tallies }, setting] = await Promise.all([
    loadPlatforms(),
    loadComponents(filter),
    loadCellTeamNames(filter),
    getCoverageTarget(),
  ]);
  return { coverage: computeCoverage({ components, platforms, tallies, target: setting.target, filter }), names };
}
