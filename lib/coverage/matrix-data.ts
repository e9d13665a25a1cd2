// The compact shape the matrix table (a client component) receives from the server: plain data, one
// small tuple per cell, so the page's RSC payload carries numbers instead of a serialised element tree
// for every cell. Pure: used on both sides, unit-tested.
import { platformLabel } from '@/lib/coverage/coverage-json';
import type { CoverageLevel, CoverageRow, PlatformRef } from '@/lib/coverage/types';

/** [teams, level, shipped]; null where the component does not ship and nobody committed. */
export type MatrixCellData = readonly [teams: number, level: CoverageLevel, shipped: boolean] | null;

export interface MatrixRow {
  componentId: string;
  name: string;
  capability: string;
  /** Aligned with the matrix's platforms. */
  cells: MatrixCellData[];
  /** Distinct teams over all shown platforms. */
  total: number;
  level: CoverageLevel;
}

export interface MatrixGroup {
  key: string;
  title: string;
  note?: string;
  rows: MatrixRow[];
}

export function matrixRow(row: CoverageRow): MatrixRow {
  return {
    componentId: row.componentId,
    name: row.name,
    capability: row.capability,
    cells: row.cells.map((cell) => (cell ? [cell.teams, cell.level, cell.shipped] : null)),
    total: row.total,
    level: row.level,
  };
}

/** "CREAM on SL5 x86_64", or "CREAM, all platforms" for the total: the cell's name and its dialog's title. */
export const cellTitle = (name: string, platform: PlatformRef | undefined) => (platform ? `${name} on ${platformLabel(platform)}` : `${name}, all platforms`);
