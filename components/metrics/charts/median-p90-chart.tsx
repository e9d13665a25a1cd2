// A small chart of a duration per stack: a bar to the median and a tick at the 90th percentile, so
// typical and slow cases read at a glance. Rows without data are labelled "no data".
import { ChartFigure } from './chart-figure';
import { formatNumber, labelMargin, niceScale } from './chart-scale';

interface Props {
  title: string;
  caption?: string;
  unit: string;
  rows: { label: string; median: number | null; p90: number | null; count: number }[];
}

const WIDTH = 320;
const ROW = 20;
const M = { top: 6, right: 64, bottom: 20 };

export function MedianP90Chart({ title, caption, unit, rows }: Props) {
  const { max, ticks } = niceScale(Math.max(0, ...rows.map((r) => r.p90 ?? 0)), 4);
  const left = labelMargin(rows.map((r) => r.label), 5.6, 120);
  const height = M.top + rows.length * ROW + M.bottom;
  const x = (value: number) => left + (value / max) * (WIDTH - left - M.right);
  const description = rows
    .map((r) => (r.count ? `${r.label}: median ${formatNumber(r.median!)} ${unit}, 90th percentile ${formatNumber(r.p90!)} ${unit} (${r.count})` : `${r.label}: no data`))
    .join('; ');
  return (
    <ChartFigure title={title} description={`${description}.`} caption={caption} viewBox={`0 0 ${WIDTH} ${height}`} maxWidth={420}>
      {ticks.map((tick) => (
        <text key={tick} x={x(tick)} y={height - 6} textAnchor="middle" className="fill-slate-500 text-[10px]">
          {formatNumber(tick)}
        </text>
      ))}
      {rows.map((r, i) => {
        const top = M.top + i * ROW;
        return (
          <g key={r.label}>
            <text x={left - 6} y={top + ROW / 2 + 4} textAnchor="end" className="fill-slate-700 text-[10px]">
              {r.label}
            </text>
            {r.count > 0 ? (
              <>
                <rect x={left} y={top + 4} width={x(r.median!) - x(0)} height={ROW - 8} className="fill-brand-600" />
                <line x1={x(r.p90!)} x2={x(r.p90!)} y1={top + 2} y2={top + ROW - 2} strokeWidth={2} className="stroke-amber-600" />
                <text x={WIDTH - M.right + 6} y={top + ROW / 2 + 4} className="fill-slate-700 text-[10px]">
                  {formatNumber(r.median!)} / {formatNumber(r.p90!)}
                </text>
              </>
            ) : (
              <text x={left + 2} y={top + ROW / 2 + 4} className="fill-slate-400 text-[10px] italic">
                no data
              </text>
            )}
          </g>
        );
      })}
      <line x1={left} x2={left} y1={M.top} y2={height - M.bottom} className="stroke-slate-400" />
    </ChartFigure>
  );
}
