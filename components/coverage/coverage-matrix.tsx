'use client';
// The coverage matrix (the document's Figure 4): one row per component grouped by stack, one column
// per platform (OS + arch) and a total of distinct teams. Headers stick (top and left) in a scrolling
// box, so a 1,000 x 20 matrix stays readable; cell clicks are handled by CellTeamsDialog. The box is
// `relative` so that the visually hidden (absolute) labels inside it scroll with it instead of
// widening the page. A client component on purpose: it receives compact rows (matrix-data.ts), so the
// RSC payload carries the numbers once instead of every cell's element tree next to its HTML.
import type { PlatformRef } from '@/lib/coverage/types';
import { CellTeamsDialog } from './cell-teams-dialog';
import { type MatrixGroup, cellTitle } from '@/lib/coverage/matrix-data';
import { MatrixCell, NotShippedCell } from './matrix-cell';

const cornerClass = 'sticky left-0 top-0 z-30 border-b border-r border-slate-200 bg-slate-100 px-3 py-2 text-left';
const headClass = 'sticky top-0 z-20 border-b border-slate-200 bg-slate-100 px-2 py-2 text-center font-medium whitespace-nowrap';

export function CoverageMatrix({ platforms, groups, target, caption }: { platforms: PlatformRef[]; groups: MatrixGroup[]; target: number; caption: string }) {
  const columns = platforms.length + 2;
  return (
    <CellTeamsDialog target={target} platforms={platforms}>
      <div role="region" aria-label="Coverage matrix" tabIndex={0} className="relative max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="cov-matrix min-w-full border-separate border-spacing-0 text-sm">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              <th scope="col" className={cornerClass}>
                Component
              </th>
              {platforms.map((p) => (
                <th key={p.id} scope="col" className={headClass}>
                  <span className="block">{p.os}</span>
                  <span className="block text-xs font-normal text-slate-600">{p.arch}</span>
                </th>
              ))}
              <th scope="col" className={`${headClass} border-l`}>
                Total
                <span className="block text-xs font-normal text-slate-600">distinct teams</span>
              </th>
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.key}>
              <tr>
                <th scope="colgroup" colSpan={columns} className="border-b border-slate-200 bg-brand-50 p-0 text-left">
                  <div className="sticky left-0 inline-block px-3 py-1.5">
                    <span className="font-semibold text-brand-900">{group.title}</span>
                    {group.note && <span className="ml-2 text-xs font-normal text-slate-700">{group.note}</span>}
                  </div>
                </th>
              </tr>
              {group.rows.map((row) => (
                <tr key={row.componentId} data-component={row.componentId} data-name={row.name}>
                  <th scope="row" className="cov-row">
                    <span>{row.name}</span>
                    <span>{row.capability.toLowerCase()}</span>
                  </th>
                  {row.cells.map((cell, i) =>
                    cell ? (
                      <td key={platforms[i]!.id}>
                        <MatrixCell column={i} title={cellTitle(row.name, platforms[i])} teams={cell[0]} level={cell[1]} target={target} shipped={cell[2]} />
                      </td>
                    ) : (
                      <NotShippedCell key={platforms[i]!.id} />
                    ),
                  )}
                  <td className="cov-total">
                    <MatrixCell column="total" title={cellTitle(row.name, undefined)} teams={row.total} level={row.level} target={target} />
                  </td>
                </tr>
              ))}
            </tbody>
          ))}
        </table>
      </div>
    </CellTeamsDialog>
  );
}
