// Axis arithmetic shared by the hand-written SVG charts: a "nice" maximum and its tick values.

/** The smallest 1/2/5 x 10^n step that gives at most `maxTicks` ticks up to `value`. */
export function niceScale(value: number, maxTicks = 5): { max: number; ticks: number[] } {
  if (!(value > 0)) return { max: 1, ticks: [0, 1] };
  const rough = value / maxTicks;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? 10 * magnitude;
  const max = Math.ceil(value / step) * step;
  const ticks: number[] = [];
  for (let tick = 0; tick <= max + step / 2; tick += step) ticks.push(Number(tick.toFixed(6)));
  return { max, ticks };
}

export function formatNumber(value: number): string {
  return Number.isInteger(value) ? String(value) : value.toFixed(1);
}

/** Series colours, as literal Tailwind classes so the CSS build keeps them. */
export const SERIES_FILL = ['fill-brand-600', 'fill-red-500', 'fill-slate-400', 'fill-amber-500', 'fill-emerald-600', 'fill-violet-500', 'fill-cyan-600', 'fill-pink-500'] as const;
export const SERIES_SWATCH = ['bg-brand-600', 'bg-red-500', 'bg-slate-400', 'bg-amber-500', 'bg-emerald-600', 'bg-violet-500', 'bg-cyan-600', 'bg-pink-500'] as const;

export function seriesFill(index: number): string {
  return SERIES_FILL[index % SERIES_FILL.length]!;
}

export function seriesSwatch(index: number): string {
  return SERIES_SWATCH[index % SERIES_SWATCH.length]!;
}

/** Left margin that fits the longest category label at ~11px text (bounded so the bars keep room). */
export function labelMargin(labels: readonly string[], charWidth = 6.2, max = 170): number {
  return Math.min(max, Math.max(40, Math.ceil(Math.max(0, ...labels.map((label) => label.length)) * charWidth) + 10));
}

/** Palette indexes for quarters: distinguishable, none of them the "rejected" red. */
export const QUARTER_COLORS = [0, 6, 4, 3, 5, 7, 2] as const;
