// Vertical grouped bars, one group per category (e.g. project quarter), one bar per series, each bar
// labelled with its value. The document's Figure 5.
import { ChartFigure } from './chart-figure';
import { formatNumber, niceScale, seriesFill } from './chart-scale';

export interface BarSeries {
  name: string;
  values: number[];
  /** Palette index (chart-scale.ts); defaults to the series' position. */
  color?: number;
}

interface Props {
  title: string;
  caption?: string;
  categories: string[];
  series: BarSeries[];
}

const WIDTH = 440;
const HEIGHT = 280;
const M = { top: 16, right: 8, bottom: 28, left: 36 };

export function GroupedBarChart({ title, caption, categories, series }: Props) {
  const { max, ticks } = niceScale(Math.max(0, ...series.flatMap((s) => s.values)));
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const groupW = plotW / Math.max(1, categories.length);
  const barW = Math.min(36, (groupW * 0.8) / Math.max(1, series.length));
  const y = (value: number) => M.top + plotH - (value / max) * plotH;
  const description = categories
    .map((category, c) => `${category}: ${series.map((s) => `${formatNumber(s.values[c] ?? 0)} ${s.name}`).join(', ')}`)
    .join('; ');
  return (
    <ChartFigure title={title} description={`${description}.`} legend={series.map((s, i) => ({ name: s.name, color: s.color ?? i }))} caption={caption} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
          <text x={M.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-500 text-[11px]">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {categories.map((category, c) => {
        const groupX = M.left + c * groupW + (groupW - barW * series.length) / 2;
        return (
          <g key={category}>
            {series.map((s, i) => {
              const value = s.values[c] ?? 0;
              const x = groupX + i * barW;
              return (
                <g key={s.name}>
                  <rect x={x + 1} y={y(value)} width={barW - 2} height={Math.max(0, y(0) - y(value))} className={seriesFill(s.color ?? i)} />
                  <text x={x + barW / 2} y={y(value) - 3} textAnchor="middle" className="fill-slate-700 text-[10px]">
                    {formatNumber(value)}
                  </text>
                </g>
              );
            })}
            <text x={M.left + c * groupW + groupW / 2} y={HEIGHT - 8} textAnchor="middle" className="fill-slate-700 text-[12px]">
              {category}
            </text>
          </g>
        );
      })}
      <line x1={M.left} x2={WIDTH - M.right} y1={y(0)} y2={y(0)} className="stroke-slate-400" />
    </ChartFigure>
  );
}
