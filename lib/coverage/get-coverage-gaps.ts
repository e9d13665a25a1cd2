// The data of the coordinator's gap list: components below the redundancy target for a filter, most
// urgent first, one page at a time, each short platform with the teams that could be asked.
import 'server-only';
import { computeCoverage } from './compute-coverage';
import { getCoverageTarget } from './coverage-target';
import { attachGapCandidates } from './get-gap-candidates';
import { getGapSignals } from './get-gap-signals';
import { loadCoverageInput } from './load-coverage-input';
import { type GapEntry, type GapTier, rankGaps } from './rank-gaps';
import type { CoverageFilter } from './types';

/** Gaps per page of the JSON API. */
export const GAPS_PAGE_SIZE = 50;
// 20 cards a page on /coverage/gaps: each lists the teams that could be asked, with mail links, and the list is
// ranked, so the top of it is what the coordinator acts on. At 50 the page was a 680 KB document (npm run bench -- load).
export const GAP_CARDS_PER_PAGE = 20;

export interface CoverageGapsData {
  target: number;
  gaps: GapEntry[];
  /** Gaps over all pages. */
  total: number;
  tierCounts: Record<GapTier, number>;
  page: number;
  pageCount: number;
}

/** `pageSize: null` returns every gap (the CSV export). */
export async function getCoverageGaps(filter: CoverageFilter, page = 1, pageSize: number | null = GAPS_PAGE_SIZE): Promise<CoverageGapsData> {
  const [input, setting, signals] = await Promise.all([loadCoverageInput(filter), getCoverageTarget(), getGapSignals()]);
  const coverage = computeCoverage({ ...input, target: setting.target, filter });
  const ranked = rankGaps(coverage, signals);
  const tierCounts: Record<GapTier, number> = { rolloutInProgress: 0, releaseExpected: 0, noTeam: 0, belowTarget: 0 };
  for (const gap of ranked) tierCounts[gap.tier] += 1;
  const pageCount = pageSize ? Math.max(1, Math.ceil(ranked.length / pageSize)) : 1;
  const current = Math.min(Math.max(1, page), pageCount);
  const gaps = pageSize ? ranked.slice((current - 1) * pageSize, current * pageSize) : ranked;
  await attachGapCandidates(gaps);
  return { target: setting.target, gaps, total: ranked.length, tierCounts, page: current, pageCount };
}
