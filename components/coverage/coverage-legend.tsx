// The key of the matrix colours and shapes, with the current target in words.
import type { CoverageLevel } from '@/lib/coverage/types';
import { LevelIcon } from './level-icon';
import { LEVEL_CELL_CLASS } from './level-style';

export function CoverageLegend({ target }: { target: number }) {
  const items: [CoverageLevel, string][] = [
    ['missing', 'no team'],
    ['belowTarget', `1${target > 2 ? `–${target - 1}` : ''} ${target === 2 ? 'team' : 'teams'}, below target`],
    ['met', `${target} or more, target met`],
  ];
  if (target === 1) items.splice(1, 1);
  return (
    <ul aria-label="Legend" className="flex flex-wrap items-center gap-x-4 gap-y-1 text-xs text-slate-700">
      {items.map(([level, label]) => (
        <li key={level} className="flex items-center gap-1.5">
          <span className={`inline-flex h-5 w-7 items-center justify-center rounded border ${LEVEL_CELL_CLASS[level]}`}>
            <LevelIcon level={level} />
          </span>
          {label}
        </li>
      ))}
      <li className="flex items-center gap-1.5">
        <span className="inline-flex h-5 w-7 items-center justify-center rounded border border-slate-200 text-slate-400">—</span>
        not shipped on that platform
      </li>
    </ul>
  );
}
