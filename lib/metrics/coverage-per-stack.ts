// Coverage per stack (section 4's closing paragraph: "37 EMI products, 30 covered and 7 missing"),
// reusing the coverage engineer's computation (lib/coverage/compute-coverage.ts) so that the metrics
// page and the coverage page can never disagree: of a stack's live products, how many some live EA
// team has committed to (covered), how many none has (missing), and how many reach the redundancy
// target. This is the present status, as in the document, not a value over the chosen period.
import { computeCoverage } from '@/lib/coverage/compute-coverage';
import type { CommitmentInput, CoverageComponentInput, PlatformRef } from '@/lib/coverage/types';
import type { CoverageRow, CoverageTable, StackRow } from './types';

export interface CoverageInput {
  components: CoverageComponentInput[];
  platforms: PlatformRef[];
  commitments: CommitmentInput[];
  target: number;
}

export function computeCoverageTable(stacks: readonly StackRow[], input: CoverageInput): CoverageTable {
  const coverage = computeCoverage({ components: input.components, platforms: input.platforms, commitments: input.commitments, target: input.target });
  const bySlug = new Map(coverage.stacks.map((group) => [group.stack.slug, group.summary]));
  const rows: CoverageRow[] = stacks.map((stack) => {
    const summary = bySlug.get(stack.slug);
    return {
      stack: stack.slug,
      stackName: stack.name,
      products: summary?.total ?? 0,
      covered: summary?.covered ?? 0,
      missing: summary?.missing ?? 0,
      redundant: summary?.coveredWithRedundancy ?? 0,
    };
  });
  const overall = coverage.overall;
  return {
    target: coverage.target,
    rows,
    total: { products: overall.total, covered: overall.covered, missing: overall.missing, redundant: overall.coveredWithRedundancy },
  };
}
