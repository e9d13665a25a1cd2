// M.SA1.ServiceValidation.2 (Table 2): staged-rollout tests per NGI per project quarter. A test is one
// team's report, so a component tested by two teams counts twice here (once in Table 1). Only NGIs
// with a test in the period are listed, by name; the share is of all tests in the period, one decimal.
import type { Period } from './project-quarters';
import { quarterColumns, quarterIndex } from './quarter-columns';
import type { TestRow, TestsPerNgiTable } from './types';

/** Percentage with one decimal, rounded half up (2/80 -> 2.5, 1/80 -> 1.3). */
export function sharePercent(count: number, total: number): number {
  if (total <= 0) return 0;
  return Math.round((count * 1000) / total) / 10;
}

export function computeTestsPerNgi(tests: readonly TestRow[], period: Period): TestsPerNgiTable {
  const quarters = quarterColumns(period);
  const perNgi = new Map<string, number[]>();
  for (const test of tests) {
    const index = quarterIndex(test.submittedAt, period);
    if (index < 0) continue;
    const counts = perNgi.get(test.ngiName) ?? quarters.map(() => 0);
    counts[index]! += 1;
    perNgi.set(test.ngiName, counts);
  }
  const perQuarter = quarters.map((_, index) => [...perNgi.values()].reduce((sum, counts) => sum + counts[index]!, 0));
  const total = perQuarter.reduce((sum, n) => sum + n, 0);
  const rows = [...perNgi.entries()]
    .sort(([a], [b]) => a.localeCompare(b, 'en'))
    .map(([ngi, counts]) => {
      const ngiTotal = counts.reduce((sum, n) => sum + n, 0);
      return { ngi, total: ngiTotal, share: sharePercent(ngiTotal, total), perQuarter: counts };
    });
  return { quarters, rows, total: { total, share: total > 0 ? 100 : 0, perQuarter } };
}
