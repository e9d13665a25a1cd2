// The CSV exports of the coverage matrix (one line per component and platform, as a spreadsheet
// pivots best) and of the gap list (one line per gap and short platform, with the teams to ask).
import { type CsvColumn, toCsv } from '@/lib/csv/to-csv';
import { platformLabel } from './coverage-json';
import type { GapEntry } from './rank-gaps';
import { GAP_TIER_LABELS } from './rank-gaps';
import { LEVEL_LABELS } from './summary-text';
import type { Coverage, CoverageLevel } from './types';

interface MatrixLine {
  provider: string;
  stack: string;
  component: string;
  capability: string;
  retired: boolean;
  platform: string;
  shipped: boolean | null;
  teams: number;
  status: CoverageLevel;
  teamNames: string[];
}

const MATRIX_COLUMNS: CsvColumn<MatrixLine>[] = [
  { header: 'Technology Provider', value: (l) => l.provider },
  { header: 'Stack', value: (l) => l.stack },
  { header: 'Component', value: (l) => l.component },
  { header: 'Capability', value: (l) => l.capability },
  { header: 'Retired', value: (l) => (l.retired ? 'yes' : 'no') },
  { header: 'Platform', value: (l) => l.platform },
  { header: 'Shipped', value: (l) => (l.shipped === null ? '' : l.shipped ? 'yes' : 'no') },
  { header: 'Teams', value: (l) => l.teams },
  { header: 'Status', value: (l) => LEVEL_LABELS[l.status] },
  { header: 'Committed teams', value: (l) => l.teamNames },
];

/** Per component: one line per platform cell, then a "Total" line (distinct teams). */
export function matrixCsv(coverage: Coverage, names: ReadonlyMap<string, string[]>, includeRetired = false): string {
  const rows = [...coverage.stacks.flatMap((g) => g.rows), ...(includeRetired ? coverage.retired : [])];
  const lines: MatrixLine[] = [];
  const platformLabels = coverage.platforms.map(platformLabel); // once, not once per cell
  for (const row of rows) {
    const base = { provider: row.stack.provider, stack: row.stack.name, component: row.name, capability: row.capability, retired: row.retired };
    const all = new Set<string>();
    row.cells.forEach((cell, i) => {
      if (!cell) return;
      const teamNames = names.get(`${row.componentId}|${cell.platformId}`) ?? [];
      teamNames.forEach((name) => all.add(name));
      lines.push({ ...base, platform: platformLabels[i]!, shipped: cell.shipped, teams: cell.teams, status: cell.level, teamNames });
    });
    lines.push({ ...base, platform: 'Total', shipped: null, teams: row.total, status: row.level, teamNames: [...all].sort() });
  }
  return toCsv(MATRIX_COLUMNS, lines);
}

interface GapLine {
  rank: number;
  gap: GapEntry;
  platform: GapEntry['platforms'][number] | null;
}

const GAP_COLUMNS: CsvColumn<GapLine>[] = [
  { header: 'Rank', value: (l) => l.rank },
  { header: 'Urgency', value: (l) => GAP_TIER_LABELS[l.gap.tier] },
  { header: 'Stack', value: (l) => l.gap.stack.name },
  { header: 'Component', value: (l) => l.gap.name },
  { header: 'Teams (all platforms)', value: (l) => l.gap.total },
  { header: 'Rollouts in progress', value: (l) => l.gap.rollouts.map((r) => `#${r.number} ${r.title}`) },
  { header: 'Releases expected', value: (l) => l.gap.releases.map((r) => `#${r.number} ${r.umdMajor} ${r.productVersion}`) },
  { header: 'Platform', value: (l) => (l.platform ? platformLabel(l.platform.platform) : '') },
  { header: 'Teams on platform', value: (l) => l.platform?.teams ?? '' },
  { header: 'Teams to ask', value: (l) => l.platform?.candidates.map((c) => c.name) ?? [] },
  { header: 'Contacts', value: (l) => l.platform?.candidates.flatMap((c) => c.contacts.map((contact) => contact.email)) ?? [] },
  { header: 'More teams to ask', value: (l) => l.platform?.moreCandidates ?? '' },
];

export function gapsCsv(gaps: readonly GapEntry[]): string {
  const lines = gaps.flatMap((gap, i): GapLine[] =>
    gap.platforms.length ? gap.platforms.map((platform) => ({ rank: i + 1, gap, platform })) : [{ rank: i + 1, gap, platform: null }],
  );
  return toCsv(GAP_COLUMNS, lines);
}
