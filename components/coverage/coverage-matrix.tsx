// The coverage matrix (the document's Figure 4): one row per component grouped by stack, one column
// per platform (OS + arch) and a total of distinct teams. Headers stick (top and left) in a scrolling
// box, so a 1,000 x 20 matrix stays readable; cell clicks are handled by CellTeamsDialog. The box is
// `relative` so that the visually hidden (absolute) labels inside it scroll with it instead of
// widening the page.
import { platformLabel } from '@/lib/coverage/coverage-json';
import type { CoverageRow, PlatformRef } from '@/lib/coverage/types';
import { CellTeamsDialog } from './cell-teams-dialog';
import { MatrixCell, NotShippedCell } from './matrix-cell';

export interface MatrixGroup {
  key: string;
  title: string;
  note?: string;
  rows: CoverageRow[];
}

const cornerClass = 'sticky left-0 top-0 z-30 border-b border-r border-slate-200 bg-slate-100 px-3 py-2 text-left';
const headClass = 'sticky top-0 z-20 border-b border-slate-200 bg-slate-100 px-2 py-2 text-center font-medium whitespace-nowrap';
const rowHeadClass = 'sticky left-0 z-10 border-b border-r border-slate-200 bg-white px-3 py-1 text-left font-normal';

export function CoverageMatrix({ platforms, groups, target, caption }: { platforms: PlatformRef[]; groups: MatrixGroup[]; target: number; caption: string }) {
  const columns = platforms.length + 2;
  return (
    <CellTeamsDialog target={target}>
      <div role="region" aria-label="Coverage matrix" tabIndex={0} className="relative max-h-[75vh] overflow-auto rounded-lg border border-slate-200 bg-white shadow-sm">
        <table className="min-w-full border-separate border-spacing-0 text-sm">
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
                <tr key={row.componentId}>
                  <th scope="row" className={rowHeadClass}>
                    <span className="block whitespace-nowrap font-medium">{row.name}</span>
                    <span className="block text-xs capitalize text-slate-500">{row.capability.toLowerCase()}</span>
                  </th>
                  {row.cells.map((cell, i) => {
                    const title = `${row.name} on ${platformLabel(platforms[i]!)}`;
                    return (
                      <td key={platforms[i]!.id} className="border-b border-slate-100 p-1">
                        {cell ? (
                          <MatrixCell componentId={row.componentId} platformId={cell.platformId} title={title} teams={cell.teams} level={cell.level} target={target} shipped={cell.shipped} />
                        ) : (
                          <NotShippedCell title={title} />
                        )}
                      </td>
                    );
                  })}
                  <td className="border-b border-l border-slate-200 bg-slate-50 p-1">
                    <MatrixCell componentId={row.componentId} platformId={null} title={`${row.name}, all platforms`} teams={row.total} level={row.level} target={target} />
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
