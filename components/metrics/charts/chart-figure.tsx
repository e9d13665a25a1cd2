// The frame of every chart: a <figure> whose SVG is an image with a title and a text description
// (its data in words, for screen readers), a legend, and a caption pointing at the table with the numbers.
import { useId } from 'react';
import { seriesSwatch } from './chart-scale';

export interface ChartFrameProps {
  title: string;
  /** The chart's data in words: the text alternative. */
  description: string;
  /** Series names with their palette index (see chart-scale.ts). */
  legend?: { name: string; color: number }[];
  caption?: string;
  viewBox: string;
  children: React.ReactNode;
  /** Maximum rendered width in CSS pixels (the SVG scales down on small screens). */
  maxWidth?: number;
}

export function ChartFigure({ title, description, legend, caption, viewBox, children, maxWidth = 560 }: ChartFrameProps) {
  const id = useId();
  return (
    <figure className="w-full">
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={viewBox}
        className="h-auto w-full text-slate-600"
        style={{ maxWidth }}
        preserveAspectRatio="xMinYMin meet"
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {children}
      </svg>
      {legend && legend.length > 0 && (
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700" aria-label="Legend">
          {legend.map(({ name, color }) => (
            <li key={name} className="flex items-center gap-1">
              <span aria-hidden className={`inline-block h-3 w-3 rounded-sm ${seriesSwatch(color)}`} />
              {name}
            </li>
          ))}
        </ul>
      )}
      {caption && <figcaption className="mt-1 text-xs text-slate-500">{caption}</figcaption>}
    </figure>
  );
}
