'use client';
// Coverage per stack at a glance: one horizontal 100% bar per stack, split into covered with redundancy,
// covered below the target and missing. Colours match the matrix, and each part also has its own
// pattern and a number, so it reads without colour; the SVG's text alternative says it all in words.
// A client component that takes only the per-stack summaries: the RSC payload carries those numbers
// instead of the SVG's element tree (which the HTML already has).
import { useId } from 'react';
import { describeCoverage } from '@/lib/coverage/summary-text';
import type { CoverageSummary } from '@/lib/coverage/types';
import { LEVEL_FILL } from './level-style';

export interface ChartStack {
  id: string;
  name: string;
  summary: CoverageSummary;
}

const WIDTH = 640;
const ROW = 30;
const LEFT = 150;
const RIGHT = 48;

export function CoverageChart({ stacks, target }: { stacks: ChartStack[]; target: number }) {
  const id = useId().replace(/:/g, '');
  const shown = stacks.filter((s) => s.summary.total > 0);
  if (shown.length === 0) return null;
  const height = shown.length * ROW + 8;
  const plotW = WIDTH - LEFT - RIGHT;
  const description = shown
    .map((s) => `${describeCoverage(s.name, s.summary)}; ${s.summary.coveredWithRedundancy} with at least ${target} teams, ${s.summary.belowTarget} below target`)
    .join('. ');
  const parts = [
    { key: 'met', label: `At least ${target} teams`, fill: LEVEL_FILL.met, pattern: null },
    { key: 'belowTarget', label: 'Covered, below target', fill: LEVEL_FILL.belowTarget, pattern: `${id}-below` },
    { key: 'missing', label: 'Missing', fill: LEVEL_FILL.missing, pattern: `${id}-missing` },
  ] as const;
  return (
    <figure className="w-full">
      <svg role="img" aria-labelledby={`${id}-t ${id}-d`} viewBox={`0 0 ${WIDTH} ${height}`} className="h-auto w-full max-w-3xl" preserveAspectRatio="xMinYMin meet">
        <title id={`${id}-t`}>Coverage of products per stack</title>
        <desc id={`${id}-d`}>{`${description}.`}</desc>
        <defs>
          <pattern id={`${id}-below`} width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
            <rect width="6" height="6" fill={LEVEL_FILL.belowTarget} />
            <line x1="0" y1="0" x2="0" y2="6" stroke="white" strokeWidth="2" strokeOpacity="0.5" />
          </pattern>
          <pattern id={`${id}-missing`} width="6" height="6" patternUnits="userSpaceOnUse">
            <rect width="6" height="6" fill={LEVEL_FILL.missing} />
            <path d="M0 0 6 6M6 0 0 6" stroke="white" strokeWidth="1.2" strokeOpacity="0.55" />
          </pattern>
        </defs>
        {shown.map((s, row) => {
          const y = row * ROW + 4;
          const values = { met: s.summary.coveredWithRedundancy, belowTarget: s.summary.belowTarget, missing: s.summary.missing };
          let x = LEFT;
          return (
            <g key={s.id}>
              <text x={LEFT - 8} y={y + 15} textAnchor="end" className="fill-slate-800 text-[12px]">
                {s.name.length > 20 ? `${s.name.slice(0, 19)}…` : s.name}
              </text>
              {parts.map((part) => {
                const w = (values[part.key] / s.summary.total) * plotW;
                const segment = (
                  <g key={part.key}>
                    <rect x={x} y={y} width={w} height={ROW - 10} fill={part.pattern ? `url(#${part.pattern})` : part.fill} />
                    {w >= 22 && (
                      <text x={x + w / 2} y={y + 14} textAnchor="middle" className="fill-white text-[11px] font-semibold" style={{ paintOrder: 'stroke' }} stroke="rgba(0,0,0,0.35)" strokeWidth="2">
                        {values[part.key]}
                      </text>
                    )}
                  </g>
                );
                x += w;
                return segment;
              })}
              <text x={WIDTH - RIGHT + 6} y={y + 15} className="fill-slate-600 text-[11px]">
                {s.summary.total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="mt-2">
        <ul aria-label="Chart legend" className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700">
          {parts.map((part) => (
            <li key={part.key} className="flex items-center gap-1.5">
              <svg viewBox="0 0 12 12" className="h-3 w-3" aria-hidden="true">
                <rect width="12" height="12" fill={part.pattern ? `url(#${part.pattern})` : part.fill} />
              </svg>
              {part.label}
            </li>
          ))}
          <li className="text-slate-500">Number at the end: products in the stack.</li>
        </ul>
      </figcaption>
    </figure>
  );
}
