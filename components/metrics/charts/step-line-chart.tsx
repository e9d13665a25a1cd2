// A step line of a count over time (e.g. EA teams at each quarter end): the value holds until the
// next point, each point labelled.
import { ChartFigure } from './chart-figure';
import { formatNumber, niceScale } from './chart-scale';

interface Props {
  title: string;
  caption?: string;
  points: { label: string; value: number }[];
}

const WIDTH = 440;
const HEIGHT = 220;
const M = { top: 20, right: 16, bottom: 28, left: 36 };

export function StepLineChart({ title, caption, points }: Props) {
  const { max, ticks } = niceScale(Math.max(0, ...points.map((p) => p.value)));
  const plotW = WIDTH - M.left - M.right;
  const plotH = HEIGHT - M.top - M.bottom;
  const stepW = plotW / Math.max(1, points.length);
  const x = (index: number) => M.left + index * stepW;
  const y = (value: number) => M.top + plotH - (value / max) * plotH;
  const path = points.map((p, i) => `${i === 0 ? 'M' : 'L'}${x(i)},${y(p.value)} H${x(i + 1)}`).join(' ');
  const description = points.map((p) => `${p.label}: ${formatNumber(p.value)}`).join('; ');
  return (
    <ChartFigure title={title} description={`${description}.`} caption={caption} viewBox={`0 0 ${WIDTH} ${HEIGHT}`}>
      {ticks.map((tick) => (
        <g key={tick}>
          <line x1={M.left} x2={WIDTH - M.right} y1={y(tick)} y2={y(tick)} className="stroke-slate-200" />
          <text x={M.left - 6} y={y(tick) + 4} textAnchor="end" className="fill-slate-500 text-[11px]">
            {formatNumber(tick)}
          </text>
        </g>
      ))}
      {points.length > 0 && <path d={path} fill="none" strokeWidth={2.5} className="stroke-brand-600" />}
      {points.map((p, i) => (
        <g key={p.label}>
          <circle cx={x(i + 1)} cy={y(p.value)} r={3.5} className="fill-brand-600" />
          <text x={x(i + 1) - 4} y={y(p.value) - 7} textAnchor="end" className="fill-slate-800 text-[11px] font-medium">
            {formatNumber(p.value)}
          </text>
          <text x={x(i) + stepW / 2} y={HEIGHT - 8} textAnchor="middle" className="fill-slate-700 text-[12px]">
            {p.label}
          </text>
        </g>
      ))}
      <line x1={M.left} x2={WIDTH - M.right} y1={y(0)} y2={y(0)} className="stroke-slate-400" />
    </ChartFigure>
  );
}
