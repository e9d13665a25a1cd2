// The coverage computation, pure: which components have how many Early Adopter teams on which
// platform, coloured against the redundancy target, with the document's per-stack and per-provider
// counts ("37 EMI products: 30 covered, 7 missing Early Adopter teams"). The database layer hands in
// SQL tallies for speed; tests hand in raw commitments and `tallyCommitments` is the reference for
// what that SQL must compute.
import type {
  CommitmentInput,
  Coverage,
  CoverageCell,
  CoverageComponentInput,
  CoverageFilter,
  CoverageLevel,
  CoverageRow,
  CoverageSummary,
  CoverageTallies,
  PlatformRef,
  ProviderCoverage,
  StackCoverage,
} from './types';

export const DEFAULT_COVERAGE_TARGET = 2;

export function coverageLevel(teams: number, target: number): CoverageLevel {
  if (teams <= 0) return 'missing';
  return teams >= target ? 'met' : 'belowTarget';
}

const cellKey = (componentId: string, platformId: string) => `${componentId}\u0000${platformId}`;

/** Active teams per cell and distinct active teams per component, over the given platforms (all when omitted). */
export function tallyCommitments(commitments: readonly CommitmentInput[], platformIds?: ReadonlySet<string>): CoverageTallies {
  const cells = new Map<string, { componentId: string; platformId: string; teams: Set<string> }>();
  const totals = new Map<string, Set<string>>();
  for (const commitment of commitments) {
    if (commitment.teamRetired) continue;
    if (platformIds && !platformIds.has(commitment.platformId)) continue;
    const key = cellKey(commitment.componentId, commitment.platformId);
    const cell = cells.get(key) ?? { componentId: commitment.componentId, platformId: commitment.platformId, teams: new Set() };
    cell.teams.add(commitment.teamId);
    cells.set(key, cell);
    const total = totals.get(commitment.componentId) ?? new Set<string>();
    total.add(commitment.teamId);
    totals.set(commitment.componentId, total);
  }
  return {
    cells: [...cells.values()].map((cell) => ({ componentId: cell.componentId, platformId: cell.platformId, teams: cell.teams.size })),
    totals: [...totals].map(([componentId, teams]) => ({ componentId, teams: teams.size })),
  };
}

// One collator for every comparison: localeCompare with options builds a new one per call, which
// made sorting a thousand rows cost tens of milliseconds.
const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });
export const byText = (a: string, b: string) => collator.compare(a, b);

export function comparePlatforms(a: PlatformRef, b: PlatformRef): number {
  return byText(a.os, b.os) || byText(a.arch, b.arch);
}

/** Platforms matching the OS/arch filter (the columns the matrix may show). */
export function filterPlatforms(platforms: readonly PlatformRef[], filter: CoverageFilter): PlatformRef[] {
  return platforms.filter((p) => (!filter.os || p.os === filter.os) && (!filter.arch || p.arch === filter.arch));
}

export function emptySummary(): CoverageSummary {
  return { total: 0, covered: 0, coveredWithRedundancy: 0, belowTarget: 0, missing: 0, redundancyShare: 0 };
}

export function summarize(rows: readonly CoverageRow[]): CoverageSummary {
  const summary = emptySummary();
  for (const row of rows) addToSummary(summary, row.level);
  return withShare(summary);
}

function addToSummary(summary: CoverageSummary, level: CoverageLevel): void {
  summary.total += 1;
  if (level === 'missing') summary.missing += 1;
  else summary.covered += 1;
  if (level === 'met') summary.coveredWithRedundancy += 1;
  if (level === 'belowTarget') summary.belowTarget += 1;
}

function withShare(summary: CoverageSummary): CoverageSummary {
  return { ...summary, redundancyShare: summary.total ? summary.coveredWithRedundancy / summary.total : 0 };
}

function mergeSummaries(summaries: readonly CoverageSummary[]): CoverageSummary {
  const out = emptySummary();
  for (const s of summaries) {
    out.total += s.total;
    out.covered += s.covered;
    out.coveredWithRedundancy += s.coveredWithRedundancy;
    out.belowTarget += s.belowTarget;
    out.missing += s.missing;
  }
  return withShare(out);
}

export interface ComputeCoverageInput {
  components: readonly CoverageComponentInput[];
  platforms: readonly PlatformRef[];
  target: number;
  filter?: CoverageFilter;
  /** Either raw commitments or tallies already restricted to the filter's platforms. */
  commitments?: readonly CommitmentInput[];
  tallies?: CoverageTallies;
}

export function computeCoverage(input: ComputeCoverageInput): Coverage {
  const { target, filter = {} } = input;
  if (!Number.isInteger(target) || target < 1) throw new RangeError(`Coverage target must be a positive integer, got ${target}`);
  const platformFilterOn = Boolean(filter.os || filter.arch);
  const allowed = filterPlatforms(input.platforms, filter);
  const allowedIds = new Set(allowed.map((p) => p.id));
  const tallies = input.tallies ?? tallyCommitments(input.commitments ?? [], allowedIds);

  const cellTeams = new Map<string, number>();
  const platformsWithTeams = new Map<string, Set<string>>();
  for (const cell of tallies.cells) {
    if (!allowedIds.has(cell.platformId) || cell.teams <= 0) continue;
    cellTeams.set(cellKey(cell.componentId, cell.platformId), cell.teams);
    const set = platformsWithTeams.get(cell.componentId) ?? new Set<string>();
    set.add(cell.platformId);
    platformsWithTeams.set(cell.componentId, set);
  }
  const totals = new Map(tallies.totals.map((t) => [t.componentId, t.teams]));

  const components = input.components.filter((c) => {
    if (filter.stack && c.stack.slug !== filter.stack) return false;
    if (filter.capability && c.capability !== filter.capability) return false;
    if (!platformFilterOn) return true;
    return c.platformIds.some((id) => allowedIds.has(id)) || platformsWithTeams.has(c.id);
  });

  // Columns: the allowed platforms that some shown component ships on or has teams on.
  const used = new Set<string>();
  for (const c of components) {
    for (const id of c.platformIds) if (allowedIds.has(id)) used.add(id);
    for (const id of platformsWithTeams.get(c.id) ?? []) used.add(id);
  }
  const columns = allowed.filter((p) => used.has(p.id)).sort(comparePlatforms);

  const toRow = (c: CoverageComponentInput): CoverageRow => {
    const shippedOn = new Set(c.platformIds);
    const cells = columns.map((p): CoverageCell | null => {
      const teams = cellTeams.get(cellKey(c.id, p.id)) ?? 0;
      const shipped = shippedOn.has(p.id);
      if (!shipped && teams === 0) return null;
      return { platformId: p.id, teams, level: coverageLevel(teams, target), shipped };
    });
    const total = totals.get(c.id) ?? 0;
    return {
      componentId: c.id,
      name: c.name,
      capability: c.capability,
      retired: c.retiredAt !== null,
      stack: c.stack,
      cells,
      total,
      level: coverageLevel(total, target),
      shortPlatformIds: cells.filter((cell): cell is CoverageCell => !!cell && cell.shipped && cell.level !== 'met').map((cell) => cell.platformId),
    };
  };

  const rows = components.map(toRow).sort((a, b) => byText(a.stack.name, b.stack.name) || byText(a.name, b.name));
  const stacks = new Map<string, StackCoverage>();
  const retired: CoverageRow[] = [];
  for (const row of rows) {
    if (row.retired) {
      retired.push(row);
      continue;
    }
    const group = stacks.get(row.stack.id) ?? { stack: row.stack, rows: [], summary: emptySummary() };
    group.rows.push(row);
    stacks.set(row.stack.id, group);
  }
  const stackList = [...stacks.values()].map((group) => ({ ...group, summary: summarize(group.rows) }));

  const byProvider = new Map<string, StackCoverage[]>();
  for (const group of stackList) byProvider.set(group.stack.provider, [...(byProvider.get(group.stack.provider) ?? []), group]);
  const providers: ProviderCoverage[] = [...byProvider]
    .map(([provider, groups]) => ({ provider, stacks: groups.map((g) => g.stack.name), summary: mergeSummaries(groups.map((g) => g.summary)) }))
    .sort((a, b) => byText(a.provider, b.provider));

  return { target, platforms: columns, stacks: stackList, retired, providers, overall: mergeSummaries(stackList.map((g) => g.summary)) };
}
