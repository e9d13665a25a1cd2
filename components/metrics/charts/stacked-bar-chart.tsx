// Horizontal stacked bars, one row per category (e.g. NGI), one segment per series (e.g. quarter),
// with the row total at the end. Horizontal so that long names stay readable on a phone. Figure 6.
import { ChartFigure } from './chart-figure';
import { formatNumber, labelMargin, niceScale, seriesFill } from './chart-scale';
import type { BarSeries } from './grouped-bar-chart';

interface Props {
  title: string;
  caption?: string;
  categories: string[];
  series: BarSeries[];
}

const WIDTH = 440;
const ROW = 22;
const M = { top: 8, right: 36, bottom: 24 };

export function StackedBarChart({ title, caption, categories, series }: Props) {
  const totals = categories.map((_, c) => series.reduce((sum, s) => sum + (s.values[c] ?? 0), 0));
  const { max, ticks } = niceScale(Math.max(0, ...totals));
  const left = labelMargin(categories);
  const height = M.top + categories.length * ROW + M.bottom;
  const plotW = WIDTH - left - M.right;
  const x = (value: number) => left + (value / max) * plotW;
  const description = categories
    .map((category, c) => `${category}: ${totals[c]} (${series.map((s) => `${s.name} ${s.values[c] ?? 0}`).join(', ')})`)
    .join('; ');
  return (
    <ChartFigure title={title} description={`${description}.`} legend={series.map((s, i) => ({ name: s.name, color: s.color ?? i }))} caption={caption} viewBox={`0 0 ${WIDTH} ${height}`}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={x(tick)} x2={x(tick)} y1={M.top} y2={height - M.bottom} className="stroke-slate-200" />
          <text x={x(tick)} y={height - 8} textAnchor="middle" className="fill-slate-500 text-[11px]">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {categories.map((category, c) => {
        const top = M.top + c * ROW;
        let offset = 0;
        return (
          <g key={category}>
            <text x={left - 6} y={top + ROW / 2 + 4} textAnchor="end" className="fill-slate-700 text-[11px]">
              {category}
            </text>
            {series.map((s, i) => {
              const value = s.values[c] ?? 0;
              const start = offset;
              offset += value;
              return value > 0 ? <rect key={s.name} x={x(start)} y={top + 3} width={x(value) - x(0)} height={ROW - 6} className={seriesFill(s.color ?? i)} /> : null;
            })}
            <text x={x(totals[c]!) + 4} y={top + ROW / 2 + 4} className="fill-slate-700 text-[11px]">
              {formatNumber(totals[c]!)}
            </text>
          </g>
        );
      })}
      <line x1={left} x2={left} y1={M.top} y2={height - M.bottom} className="stroke-slate-400" />
    </ChartFigure>
  );
}
