// How a coverage level looks everywhere (matrix cells, legend, chart, gap list): a colour AND a shape,
// so that the red/amber/green distinction never relies on colour alone.
import type { CoverageLevel } from '@/lib/coverage/types';

/** Colour classes (background, text, border, hover), defined once in app/globals.css: the matrix repeats them hundreds of times. */
export const LEVEL_CELL_CLASS: Record<CoverageLevel, string> = {
  missing: 'level-missing',
  belowTarget: 'level-below',
  met: 'level-met',
};

/** SVG fills of the chart segments, matching the cell colours. */
export const LEVEL_FILL: Record<CoverageLevel, string> = {
  missing: '#dc2626',
  belowTarget: '#d97706',
  met: '#16a34a',
};

export function levelText(level: CoverageLevel, target: number): string {
  switch (level) {
    case 'missing':
      return 'no team';
    case 'belowTarget':
      return `below the target of ${target}`;
    case 'met':
      return `target of ${target} met`;
  }
}

export const teamsText = (n: number) => `${n} ${n === 1 ? 'team' : 'teams'}`;
