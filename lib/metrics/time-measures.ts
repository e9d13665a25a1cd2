// The time measures the document's workflow implies, per stack: how fast teams reply to an invitation
// (step 6: within 1 working day), how long the service was exposed to production (step 11: 5 to 7
// days), and how long from StagedRollOut (ticket created) to the outcome (step 15). Each value is
// counted in the period of the event that ends it (reply, end of exposure, resolution).
import { inPeriod, type Period } from './project-quarters';
import type { DurationStats, ParticipationTimingRow, RolloutTimingRow, StackRow, TimeMeasureRow, TimeMeasureTable } from './types';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

const round1 = (value: number) => Math.round(value * 10) / 10;

/** Median (mean of the middle two for an even count) and 90th percentile (nearest rank), one decimal. */
export function durationStats(values: readonly number[]): DurationStats {
  if (values.length === 0) return { count: 0, median: null, p90: null };
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const p90 = sorted[Math.ceil(0.9 * sorted.length) - 1]!;
  return { count: sorted.length, median: round1(median), p90: round1(p90) };
}

interface Samples {
  reply: number[];
  exposure: number[];
  outcome: number[];
}

function statsOf(samples: Samples): Omit<TimeMeasureRow, 'stack' | 'stackName'> {
  return { replyHours: durationStats(samples.reply), exposureDays: durationStats(samples.exposure), outcomeDays: durationStats(samples.outcome) };
}

export function computeTimeMeasures(
  stacks: readonly StackRow[],
  participations: readonly ParticipationTimingRow[],
  rollouts: readonly RolloutTimingRow[],
  period: Period,
): TimeMeasureTable {
  const perStack = new Map<string, Samples>(stacks.map((stack) => [stack.slug, { reply: [], exposure: [], outcome: [] }]));
  const all: Samples = { reply: [], exposure: [], outcome: [] };
  const add = (slug: string, key: keyof Samples, value: number) => {
    if (value < 0) return; // inconsistent history (reply before invitation): not a duration
    perStack.get(slug)?.[key].push(value);
    all[key].push(value);
  };
  for (const row of participations) {
    if (inPeriod(row.repliedAt, period)) add(row.stackSlug, 'reply', (row.repliedAt.getTime() - row.invitedAt.getTime()) / HOUR);
    if (row.exposureStart && inPeriod(row.exposureEnd, period)) {
      add(row.stackSlug, 'exposure', (row.exposureEnd.getTime() - row.exposureStart.getTime()) / DAY);
    }
  }
  for (const row of rollouts) {
    if (inPeriod(row.resolvedAt, period)) add(row.stackSlug, 'outcome', (row.resolvedAt.getTime() - row.createdAt.getTime()) / DAY);
  }
  return {
    rows: stacks.map((stack) => ({ stack: stack.slug, stackName: stack.name, ...statsOf(perStack.get(stack.slug)!) })),
    all: statsOf(all),
  };
}
