// Shared by the benchmarks: nearest-rank percentiles, and p50/p95 of an async call after a warm-up.
import { performance } from 'node:perf_hooks';

export const WARMUP = 3;
/** Warm-ups of a request to a fresh production server. A server runs for days; its first answers of a page run
 *  before V8 has compiled that page's code paths: the /teams document took 100–450 ms for its first 20 loads and
 *  60–90 ms after (7 Dec 2026). Three warm-ups left those first loads in the p95. */
export const SERVER_WARMUP = 20;
export const RUNS = Number(process.env.BENCH_RUNS ?? 30);

export interface Timing {
  p50: number;
  p95: number;
}

/** Nearest-rank percentile `q` (0..1) of ascending `sorted`; NaN when empty. */
export function percentile(sorted: number[], q: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))]!;
}

/** Runs `fn` `warmup` times (WARMUP unless given), then BENCH_RUNS (default 30) times timed one after the other. */
export async function time(fn: () => Promise<unknown>, warmup = WARMUP): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await fn();
  const samples: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  samples.sort((a, b) => a - b);
  return { p50: percentile(samples, 0.5), p95: percentile(samples, 0.95) };
}
