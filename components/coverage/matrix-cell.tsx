// One cell of the coverage matrix: a button (count, colour, shape) that opens the list of committed
// teams; a dash where the component does not ship on that platform.
import type { CoverageLevel } from '@/lib/coverage/types';
import { LevelIcon } from './level-icon';
import { LEVEL_CELL_CLASS, levelText, teamsText } from './level-style';

interface Props {
  componentId: string;
  /** Null for the total column (all platforms). */
  platformId: string | null;
  /** e.g. "CREAM on SL5 x86_64" */
  title: string;
  teams: number;
  level: CoverageLevel;
  target: number;
  shipped?: boolean;
}

export function MatrixCell({ componentId, platformId, title, teams, level, target, shipped = true }: Props) {
  const label = `${title}: ${teamsText(teams)}, ${levelText(level, target)}${shipped ? '' : ' (no longer shipped there)'}. Show the teams.`;
  return (
    <button
      type="button"
      data-coverage-cell=""
      data-component={componentId}
      data-platform={platformId ?? ''}
      data-title={title}
      aria-haspopup="dialog"
      aria-label={label}
      title={label}
      className={`flex w-full min-w-12 items-center justify-center gap-1 rounded border px-1.5 py-1 font-medium tabular-nums ${LEVEL_CELL_CLASS[level]} ${shipped ? '' : 'border-dashed'}`}
    >
      <LevelIcon level={level} />
      {teams}
    </button>
  );
}

export function NotShippedCell({ title }: { title: string }) {
  return (
    <span className="block text-center text-slate-400" title={`${title}: not shipped on this platform`}>
      <span aria-hidden="true">—</span>
      <span className="sr-only">not shipped</span>
    </span>
  );
}
