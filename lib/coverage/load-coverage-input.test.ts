// The SQL aggregate must compute exactly what the pure reference (tallyCommitments) computes.
import { describe, expect, it } from 'vitest';
import { db } from '@/lib/db/client';
import { computeCoverage, tallyCommitments } from './compute-coverage';
import { commit, createComponent, createPlatform, createStack, createTeam,  } from './coverage-fixtures';
import { uniqueTag } from '@/lib/seed/factories';
import { getCoverageMatrix } from './get-coverage-matrix';
import { loadCoverageInput } from './load-coverage-input';

async function world() {
  const suffix = uniqueTag();
  const stack = await createStack(suffix);
  const p1 = await createPlatform(`OSA${suffix}`);
  const p2 = await createPlatform(`OSB${suffix}`);
  const a = await createComponent(stack.id, `A-${suffix}`, [p1.id, p2.id]);
  const b = await createComponent(stack.id, `B-${suffix}`, [p1.id], { capability: 'STORAGE' });
  const retired = await createComponent(stack.id, `R-${suffix}`, [p1.id], { retiredAt: new Date('2011-01-01') });
  const t1 = await createTeam('one');
  const t2 = await createTeam('two');
  const gone = await createTeam('gone', { retiredAt: new Date('2011-06-01') });
  await commit(t1.id, a.id, p1.id);
  await commit(t1.id, a.id, p2.id);
  await commit(t2.id, a.id, p2.id);
  await commit(gone.id, b.id, p1.id);
  await commit(t2.id, retired.id, p1.id);
  return { suffix, stack, p1, p2, a, b, retired, t1, t2 };
}

async function rawCommitments(stackId: string) {
  const rows = await db.commitment.findMany({
    where: { component: { stackId } },
    select: { teamId: true, componentId: true, platformId: true, team: { select: { retiredAt: true } } },
  });
  return rows.map((row) => ({ teamId: row.teamId, componentId: row.componentId, platformId: row.platformId, teamRetired: !!row.team.retiredAt }));
}

const sortCells = <T extends { componentId: string; platformId?: string }>(rows: readonly T[]) =>
  [...rows].sort((x, y) => `${x.componentId}${x.platformId ?? ''}`.localeCompare(`${y.componentId}${y.platformId ?? ''}`));

describe('loadCoverageInput', () => {
  it('aggregates in SQL exactly as the pure reference does', async () => {
    const w = await world();
    const input = await loadCoverageInput({ stack: w.stack.slug });
    const reference = tallyCommitments(await rawCommitments(w.stack.id));
    expect(sortCells(input.tallies.cells)).toEqual(sortCells(reference.cells));
    expect(sortCells(input.tallies.totals)).toEqual(sortCells(reference.totals));
    expect(input.tallies.totals.find((t) => t.componentId === w.a.id)?.teams).toBe(2); // t1 on two platforms, once
    expect(input.tallies.totals.find((t) => t.componentId === w.b.id)).toBeUndefined(); // only a retired team
    expect(input.components.map((c) => c.name).sort()).toEqual([w.a.name, w.b.name, `R-${w.suffix}`]);
    expect([...input.components.find((c) => c.id === w.a.id)!.platformIds].sort()).toEqual([w.p1.id, w.p2.id].sort());
    expect(input.components.find((c) => c.id === w.a.id)?.stack).toMatchObject({ slug: w.stack.slug, provider: `Prov-${w.suffix}` });
  });

  it('restricts the tallies to the filtered platforms and capability', async () => {
    const w = await world();
    const byOs = await loadCoverageInput({ stack: w.stack.slug, os: w.p1.os });
    expect(byOs.tallies.totals.find((t) => t.componentId === w.a.id)?.teams).toBe(1);
    expect(byOs.tallies.cells.every((c) => c.platformId === w.p1.id)).toBe(true);
    const storage = await loadCoverageInput({ stack: w.stack.slug, capability: 'STORAGE' });
    expect(storage.components.map((c) => c.id)).toEqual([w.b.id]);
    expect(storage.tallies.cells).toEqual([]);
  });

  it('matches the pure computation end to end through getCoverageMatrix', async () => {
    const w = await world();
    const { coverage, setting } = await getCoverageMatrix({ stack: w.stack.slug });
    const input = await loadCoverageInput({ stack: w.stack.slug });
    const expected = computeCoverage({ components: input.components, platforms: input.platforms, commitments: await rawCommitments(w.stack.id), target: setting.target, filter: { stack: w.stack.slug } });
    expect(coverage).toEqual(expected);
    expect(coverage.stacks[0]!.summary).toMatchObject({ total: 2, covered: 1, missing: 1 });
    expect(coverage.retired.map((r) => r.componentId)).toEqual([w.retired.id]);
  });
});
