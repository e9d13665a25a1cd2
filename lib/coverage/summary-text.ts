// The document's wording of the coverage metric (section 4): "A total of 37 EMI products, 30 are
// covered and 7 missing Early Adopter teams", plus the redundancy share it names as the indirect target.
import type { CoverageSummary } from './types';

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "37 EMI products: 30 covered, 7 missing Early Adopter teams" */
export function describeCoverage(label: string, summary: CoverageSummary): string {
  const noun = label ? `${label} product` : 'product';
  return `${plural(summary.total, noun, `${noun}s`)}: ${summary.covered} covered, ${summary.missing} missing Early Adopter teams`;
}

export function formatShare(share: number): string {
  return `${Math.round(share * 100)}%`;
}

/** "12 of 37 (32%) covered with redundancy (at least 2 teams)" */
export function describeRedundancy(summary: CoverageSummary, target: number): string {
  return `${summary.coveredWithRedundancy} of ${summary.total} (${formatShare(summary.redundancyShare)}) covered with redundancy (at least ${plural(target, 'team', 'teams')})`;
}

export const LEVEL_LABELS = {
  missing: 'missing',
  belowTarget: 'below target',
  met: 'target met',
} as const;
