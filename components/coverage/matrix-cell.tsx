// One cell of the coverage matrix: a button (count, colour, shape) that opens the list of committed
// teams; a dash where the component does not ship on that platform. Rendered hundreds of times per
// page, so the markup is lean: one accessible name (aria-label), short CSS classes from globals.css
// (`cov-cell`, `level-*`; the shape is the class's CSS icon), and only the column index in `data-cell`
// — CellTeamsDialog finds the component on the row and the platform from the index.
import type { CoverageLevel } from '@/lib/coverage/types';
import { LEVEL_CELL_CLASS, levelText, teamsText } from './level-style';

interface Props {
  /** The platform's column index, or 'total' for the total column (all platforms). */
  column: number | 'total';
  /** e.g. "CREAM on SL5 x86_64" */
  title: string;
  teams: number;
  level: CoverageLevel;
  target: number;
  shipped?: boolean;
}

export function MatrixCell({ column, title, teams, level, target, shipped = true }: Props) {
  return (
    <button
      type="button"
      data-cell={column}
      aria-haspopup="dialog"
      aria-label={`${title}: ${teamsText(teams)}, ${levelText(level, target)}${shipped ? '' : ' (no longer shipped there)'}. Show the teams.`}
      className={`cov-cell ${LEVEL_CELL_CLASS[level]}${shipped ? '' : ' cov-gone'}`}
    >
      {teams}
    </button>
  );
}

export function NotShippedCell() {
  return (
    <td className="cov-none">
      <span aria-hidden="true">—</span>
      <span className="sr-only">not shipped</span>
    </td>
  );
}
